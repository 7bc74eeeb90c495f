/**
 * The one meaning of "recall" of a deck, a topic or an assignment: the average predicted chance of
 * recalling each of its live cards now, cards never studied counting 0. A learner who studied 6 of
 * 57 cards well has a deck recall near 10 %, not 100 %. null when there are no cards.
 */
export function deckRecall(recallSumOfStudied: number, cards: number): number | null {
  return cards > 0 ? Math.min(1, recallSumOfStudied / cards) : null;
}
