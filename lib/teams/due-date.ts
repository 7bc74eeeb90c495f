// The calendar days an assignment form works with, in the lead's time zone.
import { TZDate } from "@date-fns/tz";
import { addDays, differenceInCalendarDays, format, parseISO } from "date-fns";

/** A new assignment is due two weeks from today unless the lead picks another day. */
export const DEFAULT_DUE_IN_DAYS = 14;

/** Today's date ("YYYY-MM-DD") where the lead lives. */
export function todayIn(now: Date, timeZone: string): string {
  return format(new TZDate(now.getTime(), timeZone), "yyyy-MM-dd");
}

/** The due date the assignment form starts with: DEFAULT_DUE_IN_DAYS after today in the lead's time zone. */
export function defaultDueDate(now: Date, timeZone: string): string {
  return format(addDays(parseISO(todayIn(now, timeZone)), DEFAULT_DUE_IN_DAYS), "yyyy-MM-dd");
}

/** Study days from `today` through `dueDate`, both counted (0 when the date has passed). */
export function studyDaysUntil(today: string, dueDate: string): number {
  return Math.max(0, differenceInCalendarDays(parseISO(dueDate), parseISO(today)) + 1);
}
