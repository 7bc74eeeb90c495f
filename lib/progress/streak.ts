import { shiftDayKey, type DayKey } from "./day-keys";

/**
 * Consecutive days with reviews ending today. A day without reviews yet does not break the streak
 * until it is over, so when today is empty the streak is counted back from yesterday.
 */
export function currentStreak(daysWithReviews: Iterable<DayKey>, today: DayKey): number {
  const days = new Set(daysWithReviews);
  let day = days.has(today) ? today : shiftDayKey(today, -1);
  let streak = 0;
  while (days.has(day)) {
    streak += 1;
    day = shiftDayKey(day, -1);
  }
  return streak;
}

export function longestStreak(daysWithReviews: Iterable<DayKey>): number {
  // "YYYY-MM-DD" sorts as text in calendar order.
  const days = [...new Set(daysWithReviews)].sort();
  let longest = 0;
  let run = 0;
  days.forEach((day, i) => {
    run = i > 0 && shiftDayKey(days[i - 1] ?? day, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  return longest;
}
