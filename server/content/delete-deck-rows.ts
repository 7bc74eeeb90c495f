import type { Database } from "@/server/db/connection";
import { yieldToEventLoop } from "@/server/db/yield";

// The three delegates share this shape; Prisma's own types do not unify across models.
type Deletable = {
  findMany(args: { where: object; select: { id: true }; take: number }): Promise<{ id: string }[]>;
  deleteMany(args: { where: object }): Promise<unknown>;
};

/** Rows deleted per statement: each one is short, and other requests are answered in between. */
const DELETE_CHUNK = 100;

/**
 * Deletes a deck a chunk of rows at a time (its learners' card states and reviews go with its cards):
 * one statement for a deck of thousands of entries would hold the server for seconds (SQLite answers
 * synchronously). The caller first hides the deck (marks it incomplete), so that no page shows it half-deleted.
 */
export async function deleteDeckRows(db: Database, deckId: string): Promise<void> {
  const inDeck = { entry: { deckId } };
  for (const [model, where] of [
    ["question", inDeck],
    ["card", inDeck],
    ["entry", { deckId }],
  ] as const) {
    const rows = db[model] as unknown as Deletable;
    const next = () => rows.findMany({ where, select: { id: true }, take: DELETE_CHUNK });
    for (let chunk = await next(); chunk.length > 0; chunk = await next()) {
      await rows.deleteMany({ where: { id: { in: chunk.map((r) => r.id) } } });
      await yieldToEventLoop();
    }
  }
  await db.deck.deleteMany({ where: { id: deckId } });
}
