// A learner's review history from another app, carried over on import: the reviews become their
// ReviewLog rows and the card's state is what replaying them through ts-fsrs (with the learner's own
// settings) gives, so their schedule goes on where it was. A card the learner already reviewed here
// (or whose history an earlier import carried over) keeps its own history: nothing is written twice.
import { importedCardId, importedEntryId } from "@/lib/interop/compile-imported-deck";
import type { ImportedCard } from "@/lib/interop/imported-deck";
import { replayReviews } from "@/lib/interop/replay-reviews";
import { studyDayKey } from "@/lib/study/study-day";
import type { Database } from "@/server/db/connection";
import { isUniqueViolation } from "@/server/db/transaction";
import { yieldToEventLoop } from "@/server/db/yield";
import { learnerSettings } from "@/server/study/study-service";

/** Cards written between two yields to the event loop. */
const CARDS_PER_YIELD = 20;

export async function carryOverHistory(
  db: Database,
  userId: string,
  deck: { deckId: string; slug: string; cards: ImportedCard[] },
  now: Date,
): Promise<number> {
  const withHistory = deck.cards.filter((c) => c.reviews.length > 0);
  if (withHistory.length === 0) return 0;
  const settings = await learnerSettings(db, userId);
  let carried = 0;
  for (const [index, card] of withHistory.entries()) {
    if (index % CARDS_PER_YIELD === 0) await yieldToEventLoop();
    const replayed = replayReviews(card.reviews, settings, now);
    if (!replayed) continue;
    const cardId = importedCardId(deck.slug, card);
    const existing = await db.userCard.findUnique({
      where: { userId_cardId: { userId, cardId } },
      select: { id: true, _count: { select: { reviews: true } } },
    });
    if (existing && existing._count.reviews > 0) continue;
    const state = { ...replayed.state, leech: replayed.leech, suspended: replayed.leech, updatedAt: now };
    try {
      await db.$transaction(async (tx) => {
        const { id: userCardId } = existing
          ? await tx.userCard.update({
              where: { id: existing.id },
              data: { ...state, version: { increment: 1 } },
              select: { id: true },
            })
          : await tx.userCard.create({
              data: {
                userId,
                cardId,
                deckId: deck.deckId,
                entryId: importedEntryId(deck.slug, card.sourceId),
                createdAt: now,
                ...state,
              },
              select: { id: true },
            });
        await tx.reviewLog.createMany({
          data: replayed.records.map((record, i) => ({
            userId,
            userCardId,
            deckId: deck.deckId,
            // The same review imported twice is one row (the unique key refuses the second).
            clientReviewId: `import:${cardId}:${i}`,
            studyDay: studyDayKey(record.reviewedAt, settings.timeZone, settings.dayStartHour),
            ...record,
          })),
        });
      });
      carried++;
    } catch (error) {
      // The same import running at once carried this card over first.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return carried;
}
