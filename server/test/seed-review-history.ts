// A learner's review log written straight into the database, for tests that need hundreds of
// reviews (fitting FSRS parameters): synthetic card histories are spread over the learner's cards
// of a deck, one history per card.
import { seededRandom } from "@/lib/content/seeded-random";
import { syntheticHistory } from "@/lib/study/fsrs/synthetic-history";
import { GRADES } from "@/lib/study/scheduling";
import type { Database } from "@/server/db/connection";
import { ensureUserCards } from "@/server/study/study-service";

const DAY = 86_400_000;

/** Writes a history drawn from `parameters` for the learner's cards of the deck, ending before `now`; the number of reviews. */
export async function seedReviewHistory(
  db: Database,
  userId: string,
  deckId: string,
  options: { parameters: readonly number[]; days: number; now: Date; seed?: string },
): Promise<number> {
  const { parameters, days, now, seed = "history" } = options;
  await ensureUserCards(db, userId, deckId, now);
  const cards = await db.userCard.findMany({ where: { userId, deckId }, select: { id: true }, orderBy: { id: "asc" } });
  const start = new Date(now.getTime() - (days + 1) * DAY);
  const columns = syntheticHistory({ parameters, cards: cards.length, days, start, random: seededRandom(seed) });
  const seen = new Set<number>();
  const rows = Array.from(columns.card, (card, i) => {
    const reviewedAt = new Date(columns.day[i]! * DAY + 10 * 3_600_000 + i);
    const first = !seen.has(card);
    seen.add(card);
    return {
      userId,
      userCardId: cards[card]!.id,
      deckId,
      clientReviewId: `${seed}-${i}`,
      grade: GRADES[columns.rating[i]! - 1]!,
      stateBefore: first ? "new" : "review",
      stateAfter: "review",
      logDue: reviewedAt,
      stabilityBefore: 0,
      difficultyBefore: 0,
      scheduledDaysBefore: 0,
      learningStepsBefore: 0,
      elapsedDays: 0,
      lastElapsedDays: 0,
      stabilityAfter: 0,
      difficultyAfter: 0,
      scheduledDaysAfter: 0,
      dueAfter: reviewedAt,
      reviewedAt,
      studyDay: reviewedAt.toISOString().slice(0, 10),
    };
  });
  for (let i = 0; i < rows.length; i += 500) await db.reviewLog.createMany({ data: rows.slice(i, i + 500) });
  return rows.length;
}
