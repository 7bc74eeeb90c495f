// A new team deck of thousands of entries is written in chunks, not in one transaction. On SQLite
// (better-sqlite3 is synchronous, one connection) a big transaction holds the server for seconds, and
// other requests' queries run inside it meanwhile; a chunk is one short statement, and the event loop
// is given back between chunks. The deck row is marked incomplete until the last chunk is in: no page
// shows an incomplete deck, and one left behind by a crash is deleted (see `deleteAbandonedDecks`).
import type { Database } from "@/server/db/connection";
import { ROWS_PER_CHUNK, yieldToEventLoop } from "@/server/db/yield";
import { deckFields, deckRows, type DeckRecordFields, type WritableDeck } from "./import-decks";

/** An upload still incomplete after this long was abandoned (its server stopped). */
export const ABANDONED_AFTER_MS = 10 * 60 * 1000;

/**
 * Creates the deck (its slug must be new: a taken slug throws Prisma's unique violation before anything
 * is written), then its entries, cards and questions, then marks it complete. If writing fails, the deck
 * is deleted again. Returns the deck's id.
 */
export async function writeNewDeck(
  db: Database,
  deck: WritableDeck,
  now: Date,
  extra: DeckRecordFields,
): Promise<string> {
  const { id: deckId } = await db.deck.create({
    data: { slug: deck.slug, createdAt: now, ...deckFields(deck, now, extra), incompleteSince: now },
    select: { id: true },
  });
  try {
    // Each query is compiled the first time its shape is seen (on this thread): give the event loop back between them.
    await yieldToEventLoop();
    const rows = deckRows(deck, deckId);
    await yieldToEventLoop();
    for (const model of ["entry", "card", "question"] as const) {
      const delegate = db[model] as unknown as { createMany(args: { data: object[] }): Promise<unknown> };
      for (let i = 0; i < rows[model].length; i += ROWS_PER_CHUNK) {
        await delegate.createMany({
          data: rows[model].slice(i, i + ROWS_PER_CHUNK).map((row) => ({ ...row, createdAt: now, updatedAt: now })),
        });
        await yieldToEventLoop();
      }
    }
    await db.deck.update({ where: { id: deckId }, data: { incompleteSince: null } });
    return deckId;
  } catch (error) {
    await db.deck.deleteMany({ where: { id: deckId, incompleteSince: { not: null } } });
    throw error;
  }
}

/** Deletes the team's decks whose upload was abandoned half-written. */
export async function deleteAbandonedDecks(db: Database, teamId: string, now: Date): Promise<void> {
  await db.deck.deleteMany({
    where: { teamId, incompleteSince: { lt: new Date(now.getTime() - ABANDONED_AFTER_MS) } },
  });
}
