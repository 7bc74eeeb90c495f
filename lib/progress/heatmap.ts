import { dayKeyRange, shiftDayKey, type DayKey } from "./day-keys";

export type HeatmapLevel = 0 | 1 | 2 | 3 | 4;
export type DayCount = { day: DayKey; count: number };
export type ReviewHeatmap = {
  days: (DayCount & { level: HeatmapLevel })[];
  total: number;
  activeDays: number;
  /** The day with most reviews (the earliest on a tie); null when the window has none. */
  busiestDay: DayCount | null;
};

/** Reviews per day over the `days` days ending today, oldest first, with a shade for each day. */
export function reviewHeatmap(counts: DayCount[], today: DayKey, days = 365): ReviewHeatmap {
  const window = new Map(dayKeyRange(shiftDayKey(today, 1 - days), today).map((day) => [day, 0]));
  for (const { day, count } of counts) {
    const current = window.get(day);
    if (current !== undefined) window.set(day, current + count);
  }
  const cells = [...window].map(([day, count]) => ({ day, count }));
  const active = cells.filter((cell) => cell.count > 0);
  const levelOf = levels(active.map((cell) => cell.count));
  return {
    days: cells.map((cell) => ({ ...cell, level: levelOf(cell.count) })),
    total: active.reduce((sum, cell) => sum + cell.count, 0),
    activeDays: active.length,
    busiestDay: active.reduce<DayCount | null>(
      (busiest, cell) => (busiest && busiest.count >= cell.count ? busiest : cell),
      null,
    ),
  };
}

// Level rule: 0 for no reviews; otherwise 1 up to Q1, 2 up to Q2, 3 up to Q3, 4 above Q3, with
// nearest-rank quartiles of the window's non-zero counts.
function levels(nonZeroCounts: number[]): (count: number) => HeatmapLevel {
  const sorted = [...nonZeroCounts].sort((a, b) => a - b);
  const quartile = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? 0;
  const [q1, q2, q3] = [quartile(0.25), quartile(0.5), quartile(0.75)];
  return (count) => (count <= 0 ? 0 : count <= q1 ? 1 : count <= q2 ? 2 : count <= q3 ? 3 : 4);
}
