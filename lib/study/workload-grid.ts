// What "Help me decide" shows, without the simulator: the browser gets the grid, computed on the
// server, and reads any retention off it.
export type WorkloadSummary = {
  days: number;
  reviewsPerDay: number;
  newPerDay: number;
  minutesPerDay: number;
  /** Expected cards remembered on the last day. */
  memorized: number;
};

export const HORIZONS = [30, 90, 365] as const;
export type Horizon = (typeof HORIZONS)[number];
/** The desired retentions "Help me decide" compares. */
export const RETENTION_GRID = [0.7, 0.75, 0.8, 0.85, 0.88, 0.9, 0.92, 0.94, 0.95, 0.97] as const;

export type WorkloadPoint = { retention: number } & Record<Horizon, WorkloadSummary>;

/** A summary at any retention in the grid's range, linear between its two nearest points. */
export function interpolate(grid: WorkloadPoint[], horizon: Horizon, retention: number): WorkloadSummary | null {
  if (grid.length === 0 || !Number.isFinite(retention)) return null;
  const r = Math.min(grid.at(-1)!.retention, Math.max(grid[0]!.retention, retention));
  const upper = grid.findIndex((p) => p.retention >= r);
  const b = grid[upper]!;
  const a = grid[Math.max(0, upper - 1)]!;
  const t = b.retention === a.retention ? 0 : (r - a.retention) / (b.retention - a.retention);
  const mix = (key: keyof WorkloadSummary) => a[horizon][key] + t * (b[horizon][key] - a[horizon][key]);
  return {
    days: b[horizon].days,
    reviewsPerDay: mix("reviewsPerDay"),
    newPerDay: mix("newPerDay"),
    minutesPerDay: mix("minutesPerDay"),
    memorized: mix("memorized"),
  };
}
