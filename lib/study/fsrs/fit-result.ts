// What a fit returns, apart from the optimizer itself, so that the app's bundle never loads the
// native optimizer (only the worker thread does; see server/study/fsrs-fit-off-thread.ts).

/** Below this many training items the optimizer returns (nearly) its defaults, so we do not fit at all. */
export const FIT_MINIMUM_ITEMS = 400;

export type Metrics = { logLoss: number; rmseBins: number };

export type FitResult =
  | { ok: true; parameters: number[]; items: number; defaults: Metrics; fitted: Metrics }
  | { ok: false; reason: "too-few"; items: number; needed: number };
