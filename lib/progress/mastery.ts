import { deckRecall } from "./recall";

/** Anki's three-week line between "young" and "mature" cards, applied to FSRS stability. */
export const MASTERED_STABILITY_DAYS = 21;

/** Card counts of one deck or topic as the database sums them: studied = not new; mastered = studied with stability above 21 days. */
export type MasteryCounts = { cards: number; studied: number; mastered: number; recallSum: number };

export type Mastery = Omit<MasteryCounts, "recallSum"> & {
  group: string;
  /** Mastered over all cards, new ones included; 0 when there are no cards. */
  masteredShare: number;
  /** Recall now over all the cards, unstudied ones counting 0 (see deckRecall); null without cards. */
  averageRecall: number | null;
};

/** The mastery of a group from the counts of its parts (e.g. a deck from its topics). */
export function masteryOf(group: string, parts: MasteryCounts[]): Mastery {
  const sum = (pick: (p: MasteryCounts) => number) => parts.reduce((total, p) => total + pick(p), 0);
  const cards = sum((p) => p.cards);
  const studied = sum((p) => p.studied);
  const mastered = sum((p) => p.mastered);
  return {
    group,
    cards,
    studied,
    mastered,
    masteredShare: cards > 0 ? mastered / cards : 0,
    averageRecall: deckRecall(
      sum((p) => p.recallSum),
      cards,
    ),
  };
}
