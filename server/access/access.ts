// Who may see and do what: a user's role in a team (checked against the one permission table in
// lib/teams/permissions) and the decks a user may see. Every service that acts for a user asks
// here first; arguments always come as (db, userId, then what is asked about).
import { can, isTeamRole, type TeamAction, type TeamRole } from "@/lib/teams/permissions";
import { Prisma } from "@/generated/sqlite/client";
import type { Database } from "@/server/db/connection";

export async function teamRole(db: Database, userId: string, teamId: string): Promise<TeamRole | null> {
  const member = await db.teamMember.findUnique({
    where: { teamId_userId: { teamId, userId } },
    select: { role: true },
  });
  return member && isTeamRole(member.role) ? member.role : null;
}

/**
 * "not-found" for anyone outside the team (so a team's pages do not reveal that it exists),
 * "forbidden" for a member whose role does not allow the action.
 */
export type TeamAccess = { ok: true; role: TeamRole } | { ok: false; reason: "not-found" | "forbidden" };

export async function authorizeTeam(
  db: Database,
  userId: string,
  teamId: string,
  action: TeamAction,
): Promise<TeamAccess> {
  const role = await teamRole(db, userId, teamId);
  if (!role) return { ok: false, reason: "not-found" };
  return can(role, action) ? { ok: true, role } : { ok: false, reason: "forbidden" };
}

/** A Prisma filter on decks (used as `deck: filter` or spread into a deck query). */
export type DeckFilter = ReturnType<typeof visibleDecksWhere>;

/**
 * Decks a user may see: every live deck from content/, the published decks of their teams, and their
 * own personal decks (imported from a file; no one else sees those, in any list, page or service).
 * A learner who leaves a team keeps their history of its decks, but no longer sees or studies them.
 */
export function visibleDecksWhere(userId: string | null) {
  return {
    archivedAt: null,
    OR: [
      CONTENT_DECK,
      // Membership is tested inside the query that uses this filter, not read beforehand.
      ...(userId ? [{ team: { members: { some: { userId } } }, publishedAt: { not: null } }] : []),
      // A personal deck is complete once its import has written every card; until then it is shown to no one.
      ...(userId ? [{ ownerId: userId, incompleteSince: null }] : []),
    ],
  };
}

/**
 * The same rule as `visibleDecksWhere`, in SQL on a deck aliased `deck`, for the grade path's raw
 * statements (Prisma's query builder was most of a grade's cost). A test checks that both agree.
 */
export function visibleDeckSql(userId: string, deck: string): Prisma.Sql {
  const d = Prisma.raw(`"${deck}"`);
  return Prisma.sql`(${d}."archivedAt" IS NULL AND (
    (${d}."teamId" IS NULL AND ${d}."ownerId" IS NULL)
    OR (${d}."publishedAt" IS NOT NULL AND EXISTS (
      SELECT 1 FROM "TeamMember" WHERE "TeamMember"."teamId" = ${d}."teamId" AND "TeamMember"."userId" = ${userId}))
    OR (${d}."ownerId" = ${userId} AND ${d}."incompleteSince" IS NULL)))`;
}

/** A deck from content/: neither a team's nor anyone's own. */
const CONTENT_DECK = { teamId: null, ownerId: null };

export async function canSeeDeck(db: Database, userId: string, deckId: string): Promise<boolean> {
  return (await db.deck.count({ where: { id: deckId, ...visibleDecksWhere(userId) } })) === 1;
}

/** Decks a team may assign: every live deck from content/, and the team's own published decks (never a personal one). */
export function teamDecksWhere(teamId: string) {
  return { archivedAt: null, OR: [CONTENT_DECK, { teamId, publishedAt: { not: null } }] };
}

/** The user's own personal deck with this id (live and complete), for its owner to update or delete. */
export function ownDeckWhere(userId: string, deckId: string) {
  return { id: deckId, ownerId: userId, archivedAt: null, incompleteSince: null };
}
