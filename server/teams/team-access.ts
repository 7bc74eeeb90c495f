// The server side of team authorization: a user's role in a team, checked against the one
// permission table in lib/teams/permissions. Every team page, action and route handler calls
// authorizeTeam before it reads or writes anything of the team.
import { can, isTeamRole, type TeamAction, type TeamRole } from "@/lib/teams/permissions";
import type { Database } from "@/server/db/connection";

export async function teamRole(db: Database, teamId: string, userId: string): Promise<TeamRole | null> {
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
  teamId: string,
  userId: string,
  action: TeamAction,
): Promise<TeamAccess> {
  const role = await teamRole(db, teamId, userId);
  if (!role) return { ok: false, reason: "not-found" };
  return can(role, action) ? { ok: true, role } : { ok: false, reason: "forbidden" };
}

/** Decks a user may see: every deck from content/, and the published decks of their teams. */
export async function visibleDecksWhere(db: Database, userId: string | null) {
  const teamIds = userId
    ? (await db.teamMember.findMany({ where: { userId }, select: { teamId: true } })).map((m) => m.teamId)
    : [];
  return { archivedAt: null, OR: [{ teamId: null }, { teamId: { in: teamIds }, publishedAt: { not: null } }] };
}
