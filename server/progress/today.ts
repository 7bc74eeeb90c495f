// Per deck, what the learner has today (new / learning / due), for the home, deck and progress pages.
import { todayCounts, type DeckCards, type TodayCounts } from "@/lib/progress/today";
import { studyDay, studyDayKey } from "@/lib/study/study-day";
import type { LearnerSettings } from "@/lib/study/settings";
import type { Database } from "@/server/db/connection";
import { learnerSettings } from "@/server/study/study-service";
import { cardStateCounts, liveCardCounts } from "./card-state-counts";

const liveCard = { archivedAt: null, entry: { archivedAt: null } } as const;

/**
 * Today's counts of each of these decks (ids the caller may show the learner). Decks they never
 * started count all their cards as new: card states are only created when a deck is first studied.
 */
export async function deckTodayCounts(
  db: Database,
  userId: string,
  deckIds: string[],
  now: Date,
  known?: LearnerSettings,
): Promise<Map<string, TodayCounts>> {
  if (deckIds.length === 0) return new Map();
  const settings = known ?? (await learnerSettings(db, userId));
  const day = studyDay(now, settings.timeZone, settings.dayStartHour);
  const mine = { userId, deckId: { in: deckIds }, card: liveCard };
  const [cards, states, dueToday, done] = await Promise.all([
    liveCardCounts(db, deckIds),
    cardStateCounts(db, userId, deckIds),
    db.userCard.groupBy({
      by: ["deckId", "state"],
      where: { ...mine, suspended: false, state: { not: "new" }, due: { lt: day.end } },
      _count: { _all: true },
    }),
    db.reviewLog.groupBy({
      by: ["deckId", "stateBefore"],
      where: {
        userId,
        deckId: { in: deckIds },
        studyDay: studyDayKey(now, settings.timeZone, settings.dayStartHour),
        stateBefore: { in: ["new", "review"] },
      },
      _count: { _all: true },
    }),
  ]);
  return new Map(
    [...cards].map(([deckId, count]) => {
      const of = <R extends { deckId: string }>(rows: R[], match: (r: R) => boolean) =>
        rows.filter((r) => r.deckId === deckId && match(r));
      const sum = (rows: { _count: { _all: number } }[]) => rows.reduce((n, r) => n + r._count._all, 0);
      const total = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
      const deck: DeckCards = {
        cards: count,
        withState: total(of(states, () => true)),
        newWithState: total(of(states, (r) => r.state === "new" && !r.suspended)),
        learningDue: sum(of(dueToday, (r) => r.state === "learning" || r.state === "relearning")),
        reviewDue: sum(of(dueToday, (r) => r.state === "review")),
      };
      const doneToday = {
        newCards: sum(of(done, (r) => r.stateBefore === "new")),
        reviews: sum(of(done, (r) => r.stateBefore === "review")),
      };
      return [deckId, todayCounts(deck, doneToday, settings)];
    }),
  );
}
