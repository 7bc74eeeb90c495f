// Anki's load balancer (rslib/src/scheduler/states/load_balancer.rs) with Easy Days at Anki's
// "reduced" level: a review interval moves to another day of the fuzz range ts-fsrs would allow
// anyway, weighted towards days with fewer cards due. Instead of Anki's random draw the choice is
// seeded (card and review time), so the same grade always lands on the same day.
import { default_maximum_interval, get_fuzz_range } from "ts-fsrs";
import { TZDate } from "@date-fns/tz";
import { studyDay } from "./study-day";

/** Anki does not balance intervals beyond this many days: the need is low that far out. */
export const MAX_LOAD_BALANCE_INTERVAL = 90;
/** ts-fsrs (and Anki) fuzz only intervals of at least this many days. */
export const FUZZ_MIN_INTERVAL = 2.5;
/** Anki's share of an easy day at the "reduced" level. */
const REDUCED_SHARE = 0.5;
/** Anki's "minimum" weight: not zero, so that a range of such days still balances. */
const MINIMUM_WEIGHT = 0.0001;

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay(). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** A day the card could be due on: its interval in days, the cards already due then and its weekday. */
export type CandidateDay = { interval: number; due: number; weekday: Weekday };

/**
 * The days a review interval may move to (ts-fsrs's fuzz range), or null when it stays as it is:
 * too short to fuzz, or too long to need balancing (as Anki).
 */
export function balanceRange(
  interval: number,
  elapsedDays: number,
  maximumInterval: number,
): { min: number; max: number } | null {
  if (interval < FUZZ_MIN_INTERVAL || interval > MAX_LOAD_BALANCE_INTERVAL) return null;
  const { min_ivl, max_ivl } = get_fuzz_range(interval, elapsedDays, maximumInterval);
  return min_ivl < max_ivl ? { min: min_ivl, max: max_ivl } : null;
}

/**
 * Anki's easy-day modifier per candidate day: a normal day counts fully; an easy day counts fully
 * while its load stays under half the average of the others, and almost not at all above it. When
 * every day of the range is easy there is nothing lighter to move to: all count as normal.
 */
export function easyDayModifiers(days: CandidateDay[], easyDays: readonly number[]): number[] {
  const easy = days.map((d) => easyDays.includes(d.weekday));
  if (easy.every(Boolean)) return days.map(() => 1);
  const totalDue = days.reduce((sum, d) => sum + d.due, 0);
  const totalShare = easy.reduce((sum, e) => sum + (e ? REDUCED_SHARE : 1), 0);
  return days.map((d, i) => {
    if (!easy[i]) return 1;
    const othersAverage = (totalDue - d.due) / (totalShare - REDUCED_SHARE);
    return d.due / REDUCED_SHARE > othersAverage ? MINIMUM_WEIGHT : 1;
  });
}

/** Anki's weight of a day: an empty day 1, else (1 / due)² · (1 / interval), nudging towards earlier days. */
export function dayWeights(days: CandidateDay[], easyDays: readonly number[]): number[] {
  const modifiers = easyDayModifiers(days, easyDays);
  return days.map((d, i) => (d.due === 0 ? 1 : (1 / d.due) ** 2 * (1 / d.interval) * modifiers[i]!));
}

/** The interval to use: one of `days`, drawn by weight with a generator seeded by `seed`. */
export function chooseInterval(days: CandidateDay[], easyDays: readonly number[], seed: string): number {
  const weights = dayWeights(days, easyDays);
  const total = weights.reduce((sum, w) => sum + w, 0);
  let draw = seededUnit(seed) * total;
  for (let i = 0; i < days.length; i++) {
    draw -= weights[i]!;
    if (draw < 0) return days[i]!.interval;
  }
  return days.at(-1)!.interval;
}

/** A number in [0, 1) from a string: FNV-1a hash, then one step of mulberry32 to spread it. */
function seededUnit(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  let t = (h + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** The study day a card `interval` days after `now` falls on, for each interval of the range. */
export function rangeDays(
  now: Date,
  range: { min: number; max: number },
  timeZone: string,
  dayStartHour: number,
): { interval: number; start: Date; end: Date; weekday: Weekday }[] {
  const days = [];
  for (let interval = range.min; interval <= range.max; interval++) {
    const at = new Date(now.getTime() + interval * 86_400_000);
    const { start, end } = studyDay(at, timeZone, dayStartHour);
    const weekday = new TZDate(start.getTime(), timeZone).getDay() as Weekday;
    days.push({ interval, start, end, weekday });
  }
  return days;
}

/** Cards due on each of `days`, from counts of cards due at given times. */
export function dueOnDays(
  days: { interval: number; start: Date; end: Date; weekday: Weekday }[],
  dues: { at: Date; count: number }[],
): CandidateDay[] {
  return days.map(({ interval, start, end, weekday }) => ({
    interval,
    weekday,
    due: dues.filter((d) => d.at >= start && d.at < end).reduce((sum, d) => sum + d.count, 0),
  }));
}

/**
 * The days a graded card may move to, or null when the load balancer leaves ts-fsrs's interval
 * alone: balancing is off, the card is not in review, or its interval is outside the balanced span.
 */
export function balanceWindow(
  graded: { state: string; scheduledDays: number; elapsedDays: number },
  now: Date,
  settings: { loadBalancing: boolean; timeZone: string; dayStartHour: number },
): ReturnType<typeof rangeDays> | null {
  if (!settings.loadBalancing || graded.state !== "review") return null;
  const range = balanceRange(graded.scheduledDays, graded.elapsedDays, default_maximum_interval);
  return range && rangeDays(now, range, settings.timeZone, settings.dayStartHour);
}
