import { gradeRatings, stateValues, type CardStateName, type GradeName } from "@/lib/study/scheduling";

/** One graded review, as stored. */
export type HistoryReview = {
  cardId: string;
  reviewedAt: Date;
  grade: GradeName;
  /** The card's state when it was shown, before the grade. */
  stateBefore: CardStateName;
  durationMs: number | null;
};

/** The FSRS optimizer's review log columns (open-spaced-repetition's fsrs-optimizer and fsrs-rs). */
export const REVIEW_HISTORY_HEADER = ["card_id", "review_time", "review_rating", "review_state", "review_duration"];

/**
 * A review as a row of that log: the time in Unix milliseconds, the rating as ts-fsrs numbers it (1 Again … 4 Easy), the
 * state before the review (0 New, 1 Learning, 2 Review, 3 Relearning), and the
 * time spent in milliseconds, left empty where the browser did not report it.
 */
export function reviewHistoryRow(review: HistoryReview): (string | number | null)[] {
  return [
    review.cardId,
    review.reviewedAt.getTime(),
    gradeRatings[review.grade],
    stateValues[review.stateBefore],
    review.durationMs,
  ];
}
