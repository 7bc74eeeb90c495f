import type { Database } from "@/server/db/connection";
import { yieldToEventLoop } from "@/server/db/yield";
import { findTeamDeck } from "./team-decks";

export type DeleteTeamDeckOutcome =
  { ok: true; deleted: "draft" | "published" } | { ok: false; reason: "not-found" | "forbidden" };

/**
 * An admin removes a team deck. A draft, never seen by members, is deleted with its entries, cards
 * and questions; a published deck is archived instead, so its learners keep their history of it.
 */
export async function deleteTeamDeck(
  db: Database,
  actorId: string,
  input: { teamId: string; slug: string },
  now: Date,
): Promise<DeleteTeamDeckOutcome> {
  const found = await findTeamDeck(db, actorId, input);
  if (!found.ok) return found;
  const { deck } = found;
  if (deck.publishedAt === null && (await deleteDraft(db, deck.id, now))) return { ok: true, deleted: "draft" };
  await db.deck.updateMany({ where: { id: deck.id }, data: { archivedAt: now, updatedAt: now } });
  return { ok: true, deleted: "published" };
}

// The three delegates share this shape; Prisma's own types do not unify across models.
type Deletable = {
  findMany(args: { where: object; select: { id: true }; take: number }): Promise<{ id: string }[]>;
  deleteMany(args: { where: object }): Promise<unknown>;
};

/** Rows deleted per statement: each one is short, and other requests are answered in between. */
const DELETE_CHUNK = 100;

/**
 * Deletes a draft a chunk of rows at a time: one statement for a deck of thousands of entries would
 * hold the server for seconds (SQLite answers synchronously). The deck is first marked incomplete,
 * which hides it from every page and action (and a server stopping halfway leaves it to be cleaned
 * up as an abandoned upload). False when the deck was published meanwhile.
 */
async function deleteDraft(db: Database, deckId: string, now: Date): Promise<boolean> {
  const claimed = await db.deck.updateMany({
    where: { id: deckId, publishedAt: null },
    data: { incompleteSince: now, updatedAt: now },
  });
  if (claimed.count === 0) return false;
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
  return true;
}
