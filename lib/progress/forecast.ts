import { studyDay } from "@/lib/study/study-day";
import { dayKeyRange, shiftDayKey, studyDayKey, type DayKey } from "./day-keys";

/**
 * Cards coming due on each study day from today on. Overdue cards count on today, since that is
 * when they will be shown; cards due after the window are left out.
 */
export function dueForecast(dues: Date[], now: Date, timeZone: string, dayStartHour: number, days = 30): { day: DayKey; count: number }[] {
  const today = studyDayKey(now, timeZone, dayStartHour);
  const todayEnds = studyDay(now, timeZone, dayStartHour).end.getTime();
  const counts = new Map(dayKeyRange(today, shiftDayKey(today, days - 1)).map((day) => [day, 0]));
  for (const due of dues) {
    const day = due.getTime() < todayEnds ? today : studyDayKey(due, timeZone, dayStartHour);
    const count = counts.get(day);
    if (count !== undefined) counts.set(day, count + 1);
  }
  return [...counts].map(([day, count]) => ({ day, count }));
}
