import { describe, expect, it } from "vitest";
import { hashInviteToken, inviteProblem, newInviteToken } from "./invite-token";

const now = new Date("2026-11-25T10:00:00Z");
const valid = { expiresAt: new Date("2026-11-26T10:00:00Z"), maxUses: null, uses: 0, revokedAt: null };

describe("invite tokens", () => {
  it("are random, at least 128 bits, and stored only as a hash", () => {
    const a = newInviteToken();
    const b = newInviteToken();
    expect(a.token).not.toBe(b.token);
    expect(Buffer.from(a.token, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    expect(a.hash).toBe(hashInviteToken(a.token));
    expect(a.hash).not.toContain(a.token);
  });

  it("refuse revoked, expired and used-up invites", () => {
    expect(inviteProblem(valid, now)).toBeNull();
    expect(inviteProblem({ ...valid, revokedAt: now }, now)).toBe("revoked");
    expect(inviteProblem({ ...valid, expiresAt: now }, now)).toBe("expired");
    expect(inviteProblem({ ...valid, maxUses: 2, uses: 2 }, now)).toBe("used-up");
    expect(inviteProblem({ ...valid, maxUses: 2, uses: 1 }, now)).toBeNull();
  });
});
