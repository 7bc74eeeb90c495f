import type { Database } from "@/server/db/connection";
import { authorizeTeam } from "@/server/access/access";

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
  const access = await authorizeTeam(db, actorId, input.teamId, "decks.upload");
  if (!access.ok) return access;
  const deck = await db.deck.findFirst({
    where: { slug: input.slug, teamId: input.teamId, archivedAt: null },
    select: { id: true, publishedAt: true },
  });
  if (!deck) return { ok: false, reason: "not-found" };
  if (deck.publishedAt === null) {
    await db.deck.deleteMany({ where: { id: deck.id, publishedAt: null } });
    return { ok: true, deleted: "draft" };
  }
  await db.deck.updateMany({ where: { id: deck.id }, data: { archivedAt: now, updatedAt: now } });
  return { ok: true, deleted: "published" };
}
