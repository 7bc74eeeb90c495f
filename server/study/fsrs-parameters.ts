// A learner's own FSRS parameters: fitting them from their review log (one fit per learner at a
// time, claimed in the database), storing them with how well they and the defaults predict the log,
// and which parameters the scheduler uses.
import { FIT_MINIMUM_ITEMS, type FitResult, type Metrics } from "@/lib/study/fsrs/fit-result";
import { concatColumns, reviewColumns, type ReviewColumns } from "@/lib/study/fsrs/training-items";
import type { Database } from "@/server/db/connection";
import { yieldToEventLoop } from "@/server/db/yield";
import { FIT_TIME_LIMIT_MS, fitOffThread, type FitOffThread } from "./fsrs-fit-off-thread";

/** New reviews since the last fit after which a grade starts the next fit by itself. */
export const REFIT_AFTER_REVIEWS = 1_000;
const RETRY_TOO_FEW_AFTER_MS = 86_400_000;
// About 10 ms of the thread per chunk (Prisma builds the rows on it): requests wait no longer.
const READ_CHUNK = 500;

export type StoredParameters = {
  parameters: string | null;
  logLossDefault: number | null;
  logLossFitted: number | null;
};

/** The fitted parameters when they predict the learner's history better than the defaults; otherwise none (the defaults). */
export function parametersInUse(row: StoredParameters | null | undefined): readonly number[] | undefined {
  if (!row?.parameters || row.logLossFitted === null || row.logLossDefault === null) return undefined;
  return row.logLossFitted < row.logLossDefault ? (JSON.parse(row.parameters) as number[]) : undefined;
}

export const parametersInUseSelect = {
  userId: true,
  parameters: true,
  logLossDefault: true,
  logLossFitted: true,
} as const;

export type ParametersStatus = {
  reviews: number;
  /** Until a fit: reviews of cards seen before (what the optimizer trains on), when fewer than it needs. */
  tooFew: null | { items: number; needed: number };
  running: boolean;
  lastOutcome: "fitted" | "too-few" | "failed" | null;
  fit: null | {
    fittedAt: Date;
    reviewCount: number;
    itemCount: number;
    defaults: Metrics;
    fitted: Metrics;
    inUse: "fitted" | "defaults";
  };
};

export async function parametersStatus(db: Database, userId: string, now: Date): Promise<ParametersStatus> {
  const [row, reviews] = await Promise.all([
    db.fsrsParameters.findUnique({ where: { userId } }),
    db.reviewLog.count({ where: { userId } }),
  ]);
  const metrics = (logLoss: number | null, rmseBins: number | null) =>
    logLoss === null || rmseBins === null ? null : { logLoss, rmseBins };
  const defaults = row && metrics(row.logLossDefault, row.rmseBinsDefault);
  const fitted = row && metrics(row.logLossFitted, row.rmseBinsFitted);
  // Before any attempt, reviews of a card that was not new estimate the training items; counted only
  // as far as the minimum, the one figure shown.
  const items =
    row?.lastOutcome === "too-few"
      ? row.itemCount
      : row?.fittedAt
        ? row.itemCount
        : await db.reviewLog.count({ where: { userId, stateBefore: { not: "new" } }, take: FIT_MINIMUM_ITEMS });
  return {
    reviews,
    tooFew: items < FIT_MINIMUM_ITEMS && !row?.fittedAt ? { items, needed: FIT_MINIMUM_ITEMS } : null,
    running: Boolean(row && claimHeld(row.fitStartedAt, now)),
    lastOutcome: (row?.lastOutcome as ParametersStatus["lastOutcome"]) ?? null,
    fit:
      row?.fittedAt && defaults && fitted
        ? {
            fittedAt: row.fittedAt,
            reviewCount: row.reviewCount,
            itemCount: row.itemCount,
            defaults,
            fitted,
            inUse: parametersInUse(row) ? "fitted" : "defaults",
          }
        : null,
  };
}

function claimHeld(fitStartedAt: Date | null, now: Date): boolean {
  return fitStartedAt !== null && fitStartedAt.getTime() > now.getTime() - FIT_TIME_LIMIT_MS;
}

/** Takes the learner's fit claim; false when a fit of theirs is already running (here or on another server). */
async function claimFit(db: Database, userId: string, now: Date): Promise<boolean> {
  await db.fsrsParameters.upsert({ where: { userId }, create: { userId, updatedAt: now }, update: {} });
  const claimed = await db.fsrsParameters.updateMany({
    where: {
      userId,
      OR: [{ fitStartedAt: null }, { fitStartedAt: { lte: new Date(now.getTime() - FIT_TIME_LIMIT_MS) } }],
    },
    data: { fitStartedAt: now },
  });
  return claimed.count === 1;
}

/** The learner's reviews up to `now`, oldest first, read in chunks so that other requests go in between. */
export async function readReviewColumns(db: Database, userId: string, now: Date): Promise<ReviewColumns> {
  const cardNumbers = new Map<string, number>();
  const parts: ReviewColumns[] = [];
  let cursor: { id: string } | undefined;
  for (;;) {
    const rows = await db.reviewLog.findMany({
      where: { userId, reviewedAt: { lte: now } },
      orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
      select: { id: true, userCardId: true, grade: true, studyDay: true },
      take: READ_CHUNK,
      ...(cursor ? { cursor, skip: 1 } : {}),
    });
    parts.push(reviewColumns(rows, cardNumbers));
    if (rows.length < READ_CHUNK) return concatColumns(parts);
    cursor = { id: rows.at(-1)!.id };
    await yieldToEventLoop();
  }
}

export type OptimizeOutcome =
  | { ok: true; result: FitResult & { ok: true }; inUse: "fitted" | "defaults" }
  | { ok: false; reason: "running" }
  | { ok: false; reason: "too-few"; items: number; needed: number }
  | { ok: false; reason: "failed" };

/**
 * Fits the learner's parameters to their review log in a worker thread and stores them with both
 * evaluations. One fit per learner at a time: a second call while one runs returns "running".
 */
export async function optimizeParameters(
  db: Database,
  userId: string,
  now: Date,
  fit: FitOffThread = fitOffThread,
): Promise<OptimizeOutcome> {
  if (!(await claimFit(db, userId, now))) return { ok: false, reason: "running" };
  const release = (data: object) =>
    db.fsrsParameters.update({ where: { userId }, data: { ...data, fitStartedAt: null, updatedAt: now } });
  try {
    const columns = await readReviewColumns(db, userId, now);
    const reviewCount = columns.card.length;
    const result = await fit(columns);
    if (!result.ok) {
      await release({ reviewCount, itemCount: result.items, lastOutcome: "too-few" });
      return result;
    }
    const stored = {
      parameters: JSON.stringify(result.parameters),
      fittedAt: now,
      reviewCount,
      itemCount: result.items,
      logLossDefault: result.defaults.logLoss,
      rmseBinsDefault: result.defaults.rmseBins,
      logLossFitted: result.fitted.logLoss,
      rmseBinsFitted: result.fitted.rmseBins,
      lastOutcome: "fitted",
    };
    await release(stored);
    return { ok: true, result, inUse: parametersInUse(stored) ? "fitted" : "defaults" };
  } catch (error) {
    console.error("fitting FSRS parameters failed", error);
    await release({ lastOutcome: "failed" });
    return { ok: false, reason: "failed" };
  }
}

/**
 * After a grade: starts a fit when the learner first has enough reviews, or enough new ones since the
 * last attempt (REFIT_AFTER_REVIEWS after a fit). Counts at most that many rows, so a grade stays cheap.
 */
export async function optimizeIfDue(
  db: Database,
  userId: string,
  now: Date,
  fit: FitOffThread = fitOffThread,
): Promise<OptimizeOutcome | null> {
  const row = await db.fsrsParameters.findUnique({
    where: { userId },
    select: { itemCount: true, fitStartedAt: true, lastOutcome: true, updatedAt: true },
  });
  if (row && claimHeld(row.fitStartedAt, now)) return null;
  // Training items need a card's reviews on two study days, so a retry on the day of a "too few"
  // attempt would mostly read the whole log again for nothing.
  if (row?.lastOutcome === "too-few" && now.getTime() - row.updatedAt.getTime() < RETRY_TOO_FEW_AFTER_MS) return null;
  const threshold = !row?.lastOutcome
    ? FIT_MINIMUM_ITEMS
    : row.lastOutcome === "too-few"
      ? Math.max(100, FIT_MINIMUM_ITEMS - row.itemCount)
      : REFIT_AFTER_REVIEWS;
  // An attempt's `updatedAt` is the time it read the log up to.
  const since = row?.lastOutcome ? { reviewedAt: { gt: row.updatedAt } } : {};
  const counted = await db.reviewLog.count({ where: { userId, ...since }, take: threshold });
  return counted >= threshold ? optimizeParameters(db, userId, now, fit) : null;
}
