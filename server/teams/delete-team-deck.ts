import type { Database } from "@/server/db/connection";
import { deleteDeckRows } from "@/server/content/delete-deck-rows";
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

/**
 * Deletes a draft a chunk of rows at a time (see deleteDeckRows). The deck is first marked incomplete,
 * which hides it from every page and action (and a server stopping halfway leaves it to be cleaned
 * up as an abandoned upload). False when the deck was published meanwhile.
 */
async function deleteDraft(db: Database, deckId: string, now: Date): Promise<boolean> {
  const claimed = await db.deck.updateMany({
    where: { id: deckId, publishedAt: null },
    data: { incompleteSince: now, updatedAt: now },
  });
  if (claimed.count === 0) return false;
  await deleteDeckRows(db, deckId);
  return true;
}
