// A card's review history from another app (Anki's revlog), replayed through the learner's own
// scheduler, so that their schedule carries over: the card's state after the last review, and one
// review record per grade as if it had been given here.
import {
  applyGrade,
  GRADES,
  LEECH_LAPSES,
  newMemoryState,
  type MemoryState,
  type ReviewRecord,
  type SchedulerSettings,
} from "@/lib/study/scheduling";
import type { ImportedReview } from "./imported-deck";

export type ReplayedHistory = {
  state: MemoryState;
  records: (ReviewRecord & { durationMs: number })[];
  leech: boolean;
};

/** Null when there is nothing to replay (no review at or before `now`). Reviews are replayed oldest first. */
export function replayReviews(
  reviews: ImportedReview[],
  settings: SchedulerSettings,
  now: Date,
): ReplayedHistory | null {
  const past = reviews
    .filter((r) => r.reviewedAt.getTime() <= now.getTime())
    .sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  if (past.length === 0) return null;
  let state = newMemoryState(past[0]!.reviewedAt);
  const records: ReplayedHistory["records"] = [];
  for (const review of past) {
    const { after, record } = applyGrade(state, review.reviewedAt, GRADES[review.rating - 1]!, settings);
    records.push({ ...record, durationMs: review.durationMs });
    state = after;
  }
  return { state, records, leech: state.lapses >= LEECH_LAPSES };
}
