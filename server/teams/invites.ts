// Invite links: random tokens, stored hashed, with an expiry and an optional number of uses.
import { hashInviteToken, inviteProblem, newInviteToken, type InviteProblem } from "@/lib/teams/invite-token";
import type { Database } from "@/server/db/connection";
import { authorizeTeam } from "@/server/access/access";
import { createOrFind } from "@/server/db/transaction";

export type InviteRow = {
  id: string;
  expiresAt: Date;
  maxUses: number | null;
  uses: number;
  revokedAt: Date | null;
  createdAt: Date;
};

/** What an invite's state (inviteProblem) is judged by. */
const INVITE_STATE = { expiresAt: true, maxUses: true, uses: true, revokedAt: true } as const;

/** A new invite; the token is returned once, to show the link, and never stored. */
export async function createInvite(
  db: Database,
  actorId: string,
  teamId: string,
  input: { expiresInDays: number; maxUses: number | null },
  now: Date,
): Promise<{ ok: true; token: string } | { ok: false; reason: "not-found" | "forbidden" }> {
  const access = await authorizeTeam(db, actorId, teamId, "invites.manage");
  if (!access.ok) return access;
  const { token, hash } = newInviteToken();
  await db.teamInvite.create({
    data: {
      teamId,
      tokenHash: hash,
      createdById: actorId,
      expiresAt: new Date(now.getTime() + input.expiresInDays * 86_400_000),
      maxUses: input.maxUses,
      createdAt: now,
    },
  });
  return { ok: true, token };
}

export async function teamInvites(db: Database, actorId: string, teamId: string): Promise<InviteRow[] | null> {
  const access = await authorizeTeam(db, actorId, teamId, "invites.manage");
  if (!access.ok) return null;
  return db.teamInvite.findMany({
    where: { teamId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, ...INVITE_STATE, createdAt: true },
  });
}

export async function revokeInvite(
  db: Database,
  actorId: string,
  inviteId: string,
  now: Date,
): Promise<{ ok: boolean }> {
  const invite = await db.teamInvite.findUnique({ where: { id: inviteId }, select: { teamId: true } });
  if (!invite || !(await authorizeTeam(db, actorId, invite.teamId, "invites.manage")).ok) return { ok: false };
  await db.teamInvite.updateMany({ where: { id: inviteId, revokedAt: null }, data: { revokedAt: now } });
  return { ok: true };
}

export type InviteLookup =
  | { ok: true; teamId: string; teamName: string; alreadyMember: boolean }
  | { ok: false; reason: InviteProblem | "unknown" };

/** What an invite link leads to, for the join page (nothing is changed). */
export async function lookUpInvite(
  db: Database,
  token: string,
  userId: string | null,
  now: Date,
): Promise<InviteLookup> {
  const invite = await db.teamInvite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: { teamId: true, ...INVITE_STATE, team: { select: { name: true } } },
  });
  if (!invite) return { ok: false, reason: "unknown" };
  const member = userId
    ? await db.teamMember.findUnique({
        where: { teamId_userId: { teamId: invite.teamId, userId } },
        select: { role: true },
      })
    : null;
  if (member) return { ok: true, teamId: invite.teamId, teamName: invite.team.name, alreadyMember: true };
  const problem = inviteProblem(invite, now);
  return problem
    ? { ok: false, reason: problem }
    : { ok: true, teamId: invite.teamId, teamName: invite.team.name, alreadyMember: false };
}

/** Joins the team as a member; joining twice is harmless and uses the invite once. */
export async function acceptInvite(
  db: Database,
  token: string,
  userId: string,
  now: Date,
): Promise<{ ok: true; teamId: string } | { ok: false; reason: InviteProblem | "unknown" }> {
  // The same person joining twice at once (a double-submitted form): the other request made them a member.
  const join = () => joinWithInvite(db, token, userId, now);
  return createOrFind(join, join);
}

function joinWithInvite(
  db: Database,
  token: string,
  userId: string,
  now: Date,
): Promise<{ ok: true; teamId: string } | { ok: false; reason: InviteProblem | "unknown" }> {
  return db.$transaction(async (tx) => {
    const invite = await tx.teamInvite.findUnique({
      where: { tokenHash: hashInviteToken(token) },
      select: { id: true, teamId: true, ...INVITE_STATE },
    });
    if (!invite) return { ok: false, reason: "unknown" };
    const member = await tx.teamMember.findUnique({
      where: { teamId_userId: { teamId: invite.teamId, userId } },
      select: { role: true },
    });
    if (member) return { ok: true, teamId: invite.teamId };
    const problem = inviteProblem(invite, now);
    if (problem) return { ok: false, reason: problem };
    // The use is counted only while one is left, so two people racing for the last use cannot both get it.
    const used = await tx.teamInvite.updateMany({
      where: {
        id: invite.id,
        revokedAt: null,
        expiresAt: { gt: now },
        OR: [{ maxUses: null }, { uses: { lt: tx.teamInvite.fields.maxUses } }],
      },
      data: { uses: { increment: 1 } },
    });
    if (used.count !== 1) return { ok: false, reason: "used-up" };
    await tx.teamMember.create({ data: { teamId: invite.teamId, userId, role: "member", joinedAt: now } });
    return { ok: true, teamId: invite.teamId };
  });
}
