// A learner's study day runs from `dayStartHour` (default 4 am, like Anki) in their time zone to
// the same hour the next day, so a late-night session counts toward the day it belongs to.
import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";

export type StudyDay = { start: Date; end: Date };

export function studyDay(now: Date, timeZone: string, dayStartHour: number): StudyDay {
  const local = new TZDate(now.getTime(), timeZone);
  let start = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), dayStartHour, 0, 0, 0, timeZone);
  if (start.getTime() > now.getTime()) start = addDays(start, -1);
  const end = addDays(start, 1);
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) };
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}
