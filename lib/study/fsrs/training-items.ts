// A learner's review log in the shape the FSRS optimizer trains on: for every review of a card that
// had an earlier review, the card's reviews up to and including it (FSRS's "FSRSItem"). Days count
// in study days (the learner's day rollover), so two reviews on one study day are 0 days apart, as
// in FSRS's own conversion of Anki's log.
import type { GradeName } from "../scheduling";

export type TrainingReview = { rating: 1 | 2 | 3 | 4; deltaT: number };
/** One card's reviews, oldest first; the last one is the review predicted from the others. */
export type TrainingItem = TrainingReview[];

/** The review log as parallel columns, oldest review first: compact enough to hand to a worker thread. */
export type ReviewColumns = {
  /** Any number that is the same for all reviews of one card and different between cards. */
  card: Int32Array;
  rating: Uint8Array;
  /** Study day as days since 1970-01-01. */
  day: Int32Array;
};

export const RATINGS: Record<GradeName, 1 | 2 | 3 | 4> = { again: 1, hard: 2, good: 3, easy: 4 };

/** "2026-11-25" → days since 1970-01-01. */
export function dayNumber(studyDay: string): number {
  return Math.round(Date.parse(`${studyDay}T00:00:00Z`) / 86_400_000);
}

/**
 * Fills the columns from rows read in chronological order; card ids become small numbers. Chunks of
 * one log share `cardNumbers`, so that a card keeps its number across chunks.
 */
export function reviewColumns(
  rows: readonly { userCardId: string; grade: string; studyDay: string }[],
  cardNumbers = new Map<string, number>(),
): ReviewColumns {
  const columns = {
    card: new Int32Array(rows.length),
    rating: new Uint8Array(rows.length),
    day: new Int32Array(rows.length),
  };
  rows.forEach((row, i) => {
    let card = cardNumbers.get(row.userCardId);
    if (card === undefined) cardNumbers.set(row.userCardId, (card = cardNumbers.size));
    columns.card[i] = card;
    columns.rating[i] = RATINGS[row.grade as GradeName] ?? 0;
    columns.day[i] = dayNumber(row.studyDay);
  });
  return columns;
}

/** Joins columns read in chunks, in order. */
export function concatColumns(parts: readonly ReviewColumns[]): ReviewColumns {
  const join = <A extends Int32Array | Uint8Array>(arrays: A[], make: (n: number) => A): A => {
    const out = make(arrays.reduce((n, a) => n + a.length, 0));
    let at = 0;
    for (const a of arrays) {
      out.set(a, at);
      at += a.length;
    }
    return out;
  };
  return {
    card: join(
      parts.map((p) => p.card),
      (n) => new Int32Array(n),
    ),
    rating: join(
      parts.map((p) => p.rating),
      (n) => new Uint8Array(n),
    ),
    day: join(
      parts.map((p) => p.day),
      (n) => new Int32Array(n),
    ),
  };
}

/**
 * The optimizer's training items. Each card's first review has deltaT 0; a later one the study days
 * since the card's previous review. As in FSRS's conversion of Anki's log, a review is an item only
 * once its card has a review on a later study day than the one before (the optimizer aborts the
 * whole process on an item without one). Rows with an unknown grade are skipped.
 */
export function trainingItems(columns: ReviewColumns): TrainingItem[] {
  const histories = new Map<number, { reviews: TrainingReview[]; lastDay: number; longTerm: boolean }>();
  const items: TrainingItem[] = [];
  for (let i = 0; i < columns.card.length; i++) {
    const rating = columns.rating[i]! as TrainingReview["rating"];
    if (rating < 1 || rating > 4) continue;
    const day = columns.day[i]!;
    const history = histories.get(columns.card[i]!);
    if (!history) {
      histories.set(columns.card[i]!, { reviews: [{ rating, deltaT: 0 }], lastDay: day, longTerm: false });
      continue;
    }
    const deltaT = Math.max(0, day - history.lastDay);
    history.reviews.push({ rating, deltaT });
    history.lastDay = day;
    history.longTerm ||= deltaT > 0;
    if (history.longTerm) items.push(history.reviews.slice());
  }
  return items;
}
