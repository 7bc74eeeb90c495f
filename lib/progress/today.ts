// What a deck has for the learner today, as Anki's deck list shows it: new cards they may still
// start today, learning cards and reviews that come due before the study day ends.

/** A deck's live cards for one learner. Cards they never opened (a deck not started yet) are new. */
export type DeckCards = {
  /** Live cards of the deck. */
  cards: number;
  /** The learner's states of those cards (created when they first study the deck), suspended ones included. */
  withState: number;
  /** Of those: new and not suspended. */
  newWithState: number;
  /** Learning or relearning, not suspended, due before the study day ends. */
  learningDue: number;
  /** In review, not suspended, due before the study day ends. */
  reviewDue: number;
};

export type DoneToday = { newCards: number; reviews: number };

export type TodayCounts = { new: number; learning: number; due: number };

export function todayCounts(
  deck: DeckCards,
  done: DoneToday,
  limits: { newPerDay: number; maxReviewsPerDay: number },
): TodayCounts {
  const unseen = Math.max(0, deck.cards - deck.withState) + deck.newWithState;
  return {
    new: Math.min(unseen, Math.max(0, limits.newPerDay - done.newCards)),
    learning: deck.learningDue,
    due: Math.min(deck.reviewDue, Math.max(0, limits.maxReviewsPerDay - done.reviews)),
  };
}

export const hasWorkToday = (counts: TodayCounts) => counts.new + counts.learning + counts.due > 0;
