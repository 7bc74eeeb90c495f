import { describe, expect, it } from "vitest";
import { seedUsers, useTempDatabase } from "@/server/test/fixtures";
import { findSessionState } from "./sessions";

const now = new Date("2026-11-25T09:00:00Z");

describe("the session state read at every request", () => {
  const temp = useTempDatabase();

  it("gives the token version, whether the user is disabled and whether this session was signed out", async () => {
    const [ann, ben] = await seedUsers(temp.db, ["ann", "ben"], now);
    expect(await findSessionState(temp.db, ann, "s-1")).toEqual({ tokenVersion: 0, disabled: false, revoked: false });

    await temp.db.revokedSession.create({ data: { sid: "s-1", expiresAt: now } });
    await temp.db.user.update({ where: { id: ann }, data: { tokenVersion: 3 } });
    expect(await findSessionState(temp.db, ann, "s-1")).toEqual({ tokenVersion: 3, disabled: false, revoked: true });
    expect(await findSessionState(temp.db, ann, "s-2")).toEqual({ tokenVersion: 3, disabled: false, revoked: false });

    await temp.db.user.update({ where: { id: ben }, data: { disabledAt: now } });
    expect(await findSessionState(temp.db, ben, "s-3")).toEqual({ tokenVersion: 0, disabled: true, revoked: false });
    expect(await findSessionState(temp.db, "no-such-user", "s-1")).toBeNull();
  });
});
