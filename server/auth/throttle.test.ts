import { describe, expect, it } from "vitest";
import { THROTTLE_RULES } from "@/lib/auth/throttle";
import { useTempDatabase } from "@/server/test/fixtures";
import { authThrottle, clientAddress } from "./throttle";

const now = new Date("2026-11-30T12:00:00Z");
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe("sign-in throttle", () => {
  const temp = useTempDatabase();

  /** Fails `count` times in a row, each as soon as allowed; returns the time after the last one. */
  async function failRepeatedly(email: string, client: string, count: number, start: Date): Promise<Date> {
    let time = start;
    for (let i = 0; i < count; i++) {
      const throttle = await authThrottle(temp.db, email, client, time);
      time = new Date(time.getTime() + throttle.wait * 1000);
      await (await authThrottle(temp.db, email, client, time)).failed(time);
    }
    return time;
  }

  it("grows the delay with each failure for an account and client, shared through the database", async () => {
    const waits: number[] = [];
    let time = now;
    for (let i = 0; i < 7; i++) {
      const throttle = await authThrottle(temp.db, "ada@example.test", "198.51.100.1", time);
      waits.push(throttle.wait);
      time = new Date(time.getTime() + throttle.wait * 1000);
      await throttle.failed(time);
    }
    expect(waits).toEqual([0, 0, 0, 2, 4, 8, 16]);
    // Another app server reads the same rows.
    expect((await authThrottle(temp.db, "ADA@example.test", "198.51.100.1", time)).wait).toBe(32);
  });

  it("leaves other accounts, and the same account from another client, unaffected", async () => {
    const time = await failRepeatedly("bob@example.test", "198.51.100.2", 6, now);
    expect((await authThrottle(temp.db, "bob@example.test", "198.51.100.2", time)).wait).toBeGreaterThan(0);
    expect((await authThrottle(temp.db, "carol@example.test", "198.51.100.3", time)).wait).toBe(0);
    expect((await authThrottle(temp.db, "bob@example.test", "198.51.100.3", time)).wait).toBe(0);
  });

  it("clears the pair's count at a success, so the owner's next typo is not delayed", async () => {
    let time = await failRepeatedly("dan@example.test", "198.51.100.4", 4, now);
    const blocked = await authThrottle(temp.db, "dan@example.test", "198.51.100.4", time);
    expect(blocked.wait).toBe(4);
    time = at(60);
    await (await authThrottle(temp.db, "dan@example.test", "198.51.100.4", time)).succeeded();
    await (await authThrottle(temp.db, "dan@example.test", "198.51.100.4", time)).failed(time);
    expect((await authThrottle(temp.db, "dan@example.test", "198.51.100.4", time)).wait).toBe(0);
  });

  it("throttles one client guessing across many accounts", async () => {
    for (let i = 0; i < THROTTLE_RULES.client.free; i++)
      await (await authThrottle(temp.db, `user${i}@example.test`, "198.51.100.5", now)).failed(now);
    expect((await authThrottle(temp.db, "someone@example.test", "198.51.100.5", now)).wait).toBe(1);
  });

  it("caps the delay many clients can cause for one account", async () => {
    for (let i = 0; i < 40; i++)
      await (await authThrottle(temp.db, "erin@example.test", `203.0.113.${i}`, now)).failed(now);
    expect((await authThrottle(temp.db, "erin@example.test", "192.0.2.1", now)).wait).toBe(
      THROTTLE_RULES.account.maxSeconds,
    );
    expect((await authThrottle(temp.db, "erin@example.test", "192.0.2.1", at(31))).wait).toBe(0);
  });

  it("takes the client from the address the nearest proxy added", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "10.0.0.1, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
