// Teams and their members. Every function that acts for a user checks their permission itself
// (authorizeTeam), so a page or action cannot forget it.
import { can, wouldLeaveNoOwner, type TeamRole } from "@/lib/teams/permissions";
import { databaseProvider, type Database } from "@/server/db/connection";
import { authorizeTeam } from "@/server/access/access";
import type { Transaction } from "@/server/db/transaction";

export type TeamSummary = { id: string; name: string; role: TeamRole; members: number };

export async function createTeam(db: Database, userId: string, name: string, now: Date): Promise<{ id: string }> {
  return db.team.create({
    data: { name, createdAt: now, members: { create: { userId, role: "owner", joinedAt: now } } },
    select: { id: true },
  });
}

export async function myTeams(db: Database, userId: string): Promise<TeamSummary[]> {
  const rows = await db.teamMember.findMany({
    where: { userId },
    orderBy: { joinedAt: "asc" },
    select: { role: true, team: { select: { id: true, name: true, _count: { select: { members: true } } } } },
  });
  return rows.map((r) => ({
    id: r.team.id,
    name: r.team.name,
    role: r.role as TeamRole,
    members: r.team._count.members,
  }));
}

export type TeamMemberRow = { userId: string; name: string | null; email: string; role: TeamRole; joinedAt: Date };

/** The team and its member list, for its members; null for anyone else. */
export async function teamOverview(
  db: Database,
  userId: string,
  teamId: string,
): Promise<{ id: string; name: string; role: TeamRole; members: TeamMemberRow[] } | null> {
  const access = await authorizeTeam(db, userId, teamId, "members.view");
  if (!access.ok) return null;
  const team = await db.team.findUniqueOrThrow({
    where: { id: teamId },
    select: {
      id: true,
      name: true,
      members: {
        orderBy: { joinedAt: "asc" },
        select: { userId: true, role: true, joinedAt: true, user: { select: { name: true, email: true } } },
      },
    },
  });
  // Members see each other's names; only admins see email addresses (a nameless member shows as the part before the @).
  const admin = can(access.role, "invites.manage");
  return {
    id: team.id,
    name: team.name,
    role: access.role,
    members: team.members.map((m) => ({
      userId: m.userId,
      name: m.user.name ?? (admin ? null : m.user.email.split("@")[0]!),
      email: admin ? m.user.email : "",
      role: m.role as TeamRole,
      joinedAt: m.joinedAt,
    })),
  };
}

export type MemberChangeOutcome = { ok: true } | { ok: false; reason: "not-found" | "forbidden" | "last-owner" };

/** Changes a member's role (owners only); the last owner cannot be demoted. */
export async function changeRole(
  db: Database,
  actorId: string,
  teamId: string,
  memberId: string,
  role: TeamRole,
): Promise<MemberChangeOutcome> {
  const access = await authorizeTeam(db, actorId, teamId, "members.changeRole");
  if (!access.ok) return access;
  return changeMembership(db, teamId, memberId, role);
}

/** Removes a member (owners only) or lets a member leave; the last owner can do neither. */
export async function removeMember(
  db: Database,
  actorId: string,
  teamId: string,
  memberId: string,
): Promise<MemberChangeOutcome> {
  const access = await authorizeTeam(db, actorId, teamId, actorId === memberId ? "team.leave" : "members.remove");
  if (!access.ok) return access;
  return changeMembership(db, teamId, memberId, null);
}

/** Gives the member a new role, or (null) removes them with their assignments in this team. */
function changeMembership(
  db: Database,
  teamId: string,
  memberId: string,
  role: TeamRole | null,
): Promise<MemberChangeOutcome> {
  const key = { teamId_userId: { teamId, userId: memberId } };
  return db.$transaction(async (tx) => {
    await lockOwners(db, tx, teamId);
    const member = await tx.teamMember.findUnique({ where: key, select: { role: true } });
    if (!member) return { ok: false, reason: "not-found" };
    const owners = await tx.teamMember.count({ where: { teamId, role: "owner" } });
    if (wouldLeaveNoOwner(owners, { role: member.role as TeamRole }, role)) return { ok: false, reason: "last-owner" };
    if (role) {
      await tx.teamMember.update({ where: key, data: { role } });
    } else {
      await tx.teamMember.delete({ where: key });
      await tx.assignmentAssignee.deleteMany({ where: { userId: memberId, assignment: { teamId } } });
    }
    return { ok: true };
  });
}

/**
 * Two owners demoting each other at once must not both succeed. SQLite runs one write
 * transaction at a time; PostgreSQL needs the owners' rows locked until the transaction ends.
 */
async function lockOwners(db: Database, tx: Transaction, teamId: string): Promise<void> {
  if (databaseProvider(db) === "postgresql")
    await tx.$queryRaw`SELECT 1 FROM "TeamMember" WHERE "teamId" = ${teamId} AND "role" = 'owner' FOR UPDATE`;
}
