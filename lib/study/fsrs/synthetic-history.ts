// A review log whose learner remembers as a known FSRS parameter set says, for tests and benchmarks
// of fitting: each card is reviewed when the known parameters schedule it, and recalled with the
// probability those parameters predict.
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import type { ReviewColumns } from "./training-items";

const DAY = 86_400_000;

/** `cards` cards, one new card a day in turn from `start`, each reviewed until `days` days have passed. */
export function syntheticHistory(options: {
  parameters: readonly number[];
  cards: number;
  days: number;
  start: Date;
  random: () => number;
}): ReviewColumns {
  const { parameters, cards, days, start, random } = options;
  const f = fsrs({ w: [...parameters], enable_fuzz: false, enable_short_term: false, request_retention: 0.85 });
  const rows: { card: number; rating: number; day: number; at: number }[] = [];
  const startDay = Math.floor(start.getTime() / DAY);
  for (let c = 0; c < cards; c++) {
    let at = new Date(start.getTime() + Math.floor(random() * Math.min(days, 30)) * DAY);
    let card: Card = createEmptyCard(at);
    while (at.getTime() < start.getTime() + days * DAY) {
      const recalled = card.reps === 0 ? random() > 0.2 : random() < f.get_retrievability(card, at, false);
      const roll = random();
      const grade: Grade = !recalled
        ? Rating.Again
        : roll < 0.1
          ? Rating.Hard
          : roll < 0.95
            ? Rating.Good
            : Rating.Easy;
      rows.push({ card: c, rating: grade, day: Math.floor(at.getTime() / DAY) - startDay, at: at.getTime() });
      card = f.next(card, at, grade).card;
      at = new Date(Math.max(card.due.getTime(), at.getTime() + DAY));
    }
  }
  rows.sort((a, b) => a.at - b.at || a.card - b.card);
  return {
    card: Int32Array.from(rows, (r) => r.card),
    rating: Uint8Array.from(rows, (r) => r.rating),
    day: Int32Array.from(rows, (r) => r.day + startDay),
  };
}
