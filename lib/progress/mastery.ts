import { DEFAULT_SCHEDULER_SETTINGS, recallProbability, type MemoryState, type SchedulerSettings } from "@/lib/study/scheduling";

/** Anki's three-week line between "young" and "mature" cards, applied to FSRS stability. */
export const MASTERED_STABILITY_DAYS = 21;

export type MasteryCard = MemoryState & { group: string };
export type Mastery = {
  group: string;
  cards: number;
  studied: number;
  mastered: number;
  /** Mastered over all cards, new ones included; 0 when there are no cards. */
  masteredShare: number;
  /** Mean predicted recall of the studied cards; null when none is studied. */
  averageRecall: number | null;
};

/** One summary per group, in the order the groups first appear. */
export function mastery(cards: MasteryCard[], now: Date, settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS): Mastery[] {
  const groups = new Map<string, MasteryCard[]>();
  for (const card of cards) {
    const members = groups.get(card.group);
    if (members) members.push(card);
    else groups.set(card.group, [card]);
  }
  return [...groups].map(([group, members]) => summarize(group, members, now, settings));
}

export function overallMastery(cards: MemoryState[], now: Date, settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS): Mastery {
  return summarize("all", cards, now, settings);
}

function summarize(group: string, cards: MemoryState[], now: Date, settings: SchedulerSettings): Mastery {
  const studied = cards.filter((card) => card.state !== "new");
  const mastered = studied.filter((card) => card.stability > MASTERED_STABILITY_DAYS).length;
  const recall = studied.reduce((sum, card) => sum + recallProbability(card, now, settings), 0);
  return {
    group,
    cards: cards.length,
    studied: studied.length,
    mastered,
    masteredShare: cards.length > 0 ? mastered / cards.length : 0,
    averageRecall: studied.length > 0 ? recall / studied.length : null,
  };
}
