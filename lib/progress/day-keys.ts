// Calendar days as "YYYY-MM-DD" strings. Arithmetic runs on UTC midnights, where every day has
// 24 hours, so shifting and ranging never trip over a DST change in any time zone.
import type { DayKey } from "@/lib/study/study-day";

export type { DayKey };

const DAY_MS = 86_400_000;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function shiftDayKey(key: DayKey, days: number): DayKey {
  return new Date(utcMidnight(key) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included, ascending; empty when `from` is after `to`. */
export function dayKeyRange(from: DayKey, to: DayKey): DayKey[] {
  const count = Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => shiftDayKey(from, i));
}

function utcMidnight(key: DayKey): number {
  const match = DAY_KEY.exec(key);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  // Date.UTC rolls "2026-02-30" over into March; a key must name a real day.
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== key)
    throw new RangeError(`Not a day key: ${key}`);
  return time;
}
