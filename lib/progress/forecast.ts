import { studyDay, studyDayKey, type DayKey } from "@/lib/study/study-day";

/**
 * Cards coming due on each study day from today on, from counts of cards due at given times (the
 * database sums them per hour). Overdue cards count on today, since that is when they will be
 * shown; cards due after the window are left out.
 */
export function dueForecast(
  dues: { at: Date; count: number }[],
  now: Date,
  timeZone: string,
  dayStartHour: number,
  days = 30,
): { day: DayKey; count: number }[] {
  // The window's study days, found once; each due time is then placed by comparison.
  const windowDays: { day: DayKey; end: number }[] = [];
  let at = now;
  for (let i = 0; i < days; i++) {
    const end = studyDay(at, timeZone, dayStartHour).end;
    windowDays.push({ day: studyDayKey(at, timeZone, dayStartHour), end: end.getTime() });
    at = end;
  }
  const counts = windowDays.map(() => 0);
  for (const due of dues) {
    const index = windowDays.findIndex((d) => due.at.getTime() < d.end);
    if (index >= 0) counts[index]! += due.count;
  }
  return windowDays.map(({ day }, i) => ({ day, count: counts[i]! }));
}

/** The forecast with the learner's easy weekdays (0 = Sunday) marked, for the chart to draw lighter. */
export function markEasyDays(
  forecast: { day: DayKey; count: number }[],
  easyDays: readonly number[],
): { day: DayKey; count: number; easy: boolean }[] {
  return forecast.map((d) => ({ ...d, easy: easyDays.includes(new Date(`${d.day}T12:00:00Z`).getUTCDay()) }));
}
