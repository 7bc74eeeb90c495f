import { createHash, randomBytes } from "node:crypto";

/** A new invite token (256 random bits, URL-safe) and the hash that is stored instead of it. */
export function newInviteToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashInviteToken(token) };
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type InviteProblem = "revoked" | "expired" | "used-up";

export function inviteProblem(
  invite: { expiresAt: Date; maxUses: number | null; uses: number; revokedAt: Date | null },
  now: Date,
): InviteProblem | null {
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt.getTime() <= now.getTime()) return "expired";
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return "used-up";
  return null;
}
