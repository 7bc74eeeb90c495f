import type { Database } from "@/server/db/connection";
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
  if (deck.publishedAt === null) {
    await db.deck.deleteMany({ where: { id: deck.id, publishedAt: null } });
    return { ok: true, deleted: "draft" };
  }
  await db.deck.updateMany({ where: { id: deck.id }, data: { archivedAt: now, updatedAt: now } });
  return { ok: true, deleted: "published" };
}
