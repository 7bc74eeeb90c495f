// A learner's study day runs from `dayStartHour` (default 4 am, like Anki) in their time zone to
// the same hour the next day, so a late-night session counts toward the day it belongs to.
import { TZDate } from "@date-fns/tz";
import { addDays, format } from "date-fns";

export type StudyDay = { start: Date; end: Date };
/** A calendar day as "YYYY-MM-DD". */
export type DayKey = string;

export function studyDay(now: Date, timeZone: string, dayStartHour: number): StudyDay {
  const local = new TZDate(now.getTime(), timeZone);
  let start = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), dayStartHour, 0, 0, 0, timeZone);
  if (start.getTime() > now.getTime()) start = addDays(start, -1);
  const end = addDays(start, 1);
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) };
}

/** The local date (in `timeZone`) on which the study day containing `at` starts: the day a review counts for. */
export function studyDayKey(at: Date, timeZone: string, dayStartHour: number): DayKey {
  // Asked at every grade; working out the day in a time zone is the costly part, and most grades of
  // a learner fall in the study day of the one before.
  const zone = `${timeZone} ${dayStartHour}`;
  const last = lastDays.get(zone);
  if (last && at >= last.start && at < last.end) return last.key;
  const day = studyDay(at, timeZone, dayStartHour);
  const key = format(new TZDate(day.start.getTime(), timeZone), "yyyy-MM-dd");
  if (lastDays.size >= 1_000) lastDays.clear();
  lastDays.set(zone, { ...day, key });
  return key;
}

const lastDays = new Map<string, StudyDay & { key: DayKey }>();

const knownTimeZones = new Map<string, boolean>();

export function isValidTimeZone(timeZone: string): boolean {
  // Asked at every grade (settings are checked when read); building a formatter is the costly part.
  let valid = knownTimeZones.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    if (knownTimeZones.size < 1_000) knownTimeZones.set(timeZone, valid);
  }
  return valid;
}
