import { afterEach, describe, expect, it, vi } from "vitest";
import { SIGN_UPS_PER_CLIENT, THROTTLE_RULES } from "@/lib/auth/throttle";
import { useTempDatabase } from "@/server/test/fixtures";
import { clientAddress, signInAttempt, signUpAttempt, type AuthAttempt } from "./throttle";

const now = new Date("2026-11-30T12:00:00Z");
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
const waitOf = (attempt: AuthAttempt) => (attempt.ok ? 0 : attempt.retryAfterSeconds);

describe("sign-in throttle", () => {
  const temp = useTempDatabase();
  afterEach(() => vi.unstubAllEnvs());

  /** Fails `count` times in a row, each as soon as allowed; returns the waits asked for and the time after the last one. */
  async function failRepeatedly(email: string, client: string, count: number, start: Date) {
    const waits: number[] = [];
    let time = start;
    for (let i = 0; i < count; i++) {
      const attempt = await signInAttempt(temp.db, email, client, time);
      waits.push(waitOf(attempt));
      time = new Date(time.getTime() + waitOf(attempt) * 1000);
      // Let through once the wait is over: a wrong password leaves the attempt counted.
      if (!attempt.ok) expect((await signInAttempt(temp.db, email, client, time)).ok).toBe(true);
    }
    return { waits, time };
  }

  it("grows the delay with each failure for an account and client, shared through the database", async () => {
    const { waits, time } = await failRepeatedly("ada@example.test", "198.51.100.1", 7, now);
    expect(waits).toEqual([0, 0, 0, 2, 4, 8, 16]);
    // Another app server reads the same rows.
    expect(waitOf(await signInAttempt(temp.db, "ADA@example.test", "198.51.100.1", time))).toBe(32);
  });

  it("makes guesses sent at the same time wait as if sent one after another", async () => {
    const guesses = 12;
    const serial: AuthAttempt[] = [];
    for (let i = 0; i < guesses; i++)
      serial.push(await signInAttempt(temp.db, "serial@example.test", "198.51.100.9", now));
    const parallel = await Promise.all(
      Array.from({ length: guesses }, () => signInAttempt(temp.db, "parallel@example.test", "198.51.100.10", now)),
    );
    const through = (outcomes: AuthAttempt[]) => outcomes.filter((o) => o.ok).length;
    expect(through(serial)).toBe(THROTTLE_RULES.pair.free);
    expect(through(parallel)).toBe(THROTTLE_RULES.pair.free);
    const pair = await temp.db.authThrottle.findUniqueOrThrow({
      where: { key: "pair:parallel@example.test|198.51.100.10" },
    });
    expect(pair.failures).toBe(THROTTLE_RULES.pair.free);
    // The next guess waits as long as after the serial ones.
    expect(waitOf(await signInAttempt(temp.db, "parallel@example.test", "198.51.100.10", now))).toBe(
      waitOf(await signInAttempt(temp.db, "serial@example.test", "198.51.100.9", now)),
    );
  });

  it("leaves other accounts, and the same account from another client, unaffected", async () => {
    const { time } = await failRepeatedly("bob@example.test", "198.51.100.2", 6, now);
    expect(waitOf(await signInAttempt(temp.db, "bob@example.test", "198.51.100.2", time))).toBeGreaterThan(0);
    expect((await signInAttempt(temp.db, "carol@example.test", "198.51.100.3", time)).ok).toBe(true);
    expect((await signInAttempt(temp.db, "bob@example.test", "198.51.100.3", time)).ok).toBe(true);
  });

  it("clears the pair's count at a success and takes the success back from the account's and client's", async () => {
    const { time } = await failRepeatedly("dan@example.test", "198.51.100.4", 4, now);
    expect(waitOf(await signInAttempt(temp.db, "dan@example.test", "198.51.100.4", time))).toBe(4);
    const account = () => temp.db.authThrottle.findUnique({ where: { key: "account:dan@example.test" } });
    const before = await account();
    const right = await signInAttempt(temp.db, "dan@example.test", "198.51.100.4", at(60));
    if (!right.ok) throw new Error("throttled");
    expect((await account())!.failures).toBe(before!.failures + 1);
    await right.succeeded();
    expect(await account()).toEqual(before);
    // The owner's next typo is not delayed.
    expect((await signInAttempt(temp.db, "dan@example.test", "198.51.100.4", at(60))).ok).toBe(true);
    expect((await signInAttempt(temp.db, "dan@example.test", "198.51.100.4", at(60))).ok).toBe(true);
  });

  it("throttles one client guessing across many accounts", async () => {
    for (let i = 0; i < THROTTLE_RULES.client.free; i++)
      expect((await signInAttempt(temp.db, `user${i}@example.test`, "198.51.100.5", now)).ok).toBe(true);
    expect(waitOf(await signInAttempt(temp.db, "someone@example.test", "198.51.100.5", now))).toBe(1);
  });

  it("caps the delay many clients can cause for one account", async () => {
    // Each guess from another client, as soon as the account's wait allows.
    let time = now;
    for (let i = 0; i < 20; i++) {
      const attempt = await signInAttempt(temp.db, "erin@example.test", `203.0.113.${i}`, time);
      time = new Date(time.getTime() + waitOf(attempt) * 1000);
      if (!attempt.ok) await signInAttempt(temp.db, "erin@example.test", `203.0.113.${i}`, time);
    }
    const owner = await signInAttempt(temp.db, "erin@example.test", "192.0.2.1", time);
    expect(waitOf(owner)).toBe(THROTTLE_RULES.account.maxSeconds);
    time = new Date(time.getTime() + THROTTLE_RULES.account.maxSeconds * 1000);
    expect((await signInAttempt(temp.db, "erin@example.test", "192.0.2.1", time)).ok).toBe(true);
  });

  it("limits sign-ups per client with a growing delay; a taken address also counts against it", async () => {
    const signUp = async (n: number, client: string, time: Date) => {
      const attempt = await signUpAttempt(temp.db, `new${n}@example.test`, client, time);
      if (attempt.ok) await attempt.succeeded();
      return waitOf(attempt);
    };
    for (let i = 0; i < SIGN_UPS_PER_CLIENT; i++) expect(await signUp(i, "198.51.100.20", now)).toBe(0);
    expect(await signUp(100, "198.51.100.20", now)).toBe(30);
    expect(await signUp(100, "198.51.100.20", at(30))).toBe(0);
    expect(await signUp(101, "198.51.100.20", at(30))).toBe(60);
    // Another client, and signing in from this one, are not affected.
    expect(await signUp(102, "198.51.100.21", at(30))).toBe(0);
    expect((await signInAttempt(temp.db, "new0@example.test", "198.51.100.20", at(30))).ok).toBe(true);

    vi.stubEnv("SIGN_UPS_PER_CLIENT", "2");
    expect(await signUp(200, "198.51.100.22", now)).toBe(0);
    expect(await signUp(201, "198.51.100.22", now)).toBe(0);
    expect(await signUp(202, "198.51.100.22", now)).toBe(30);
  });

  it("trusts X-Forwarded-For only as far as TRUST_PROXY says proxies add to it", () => {
    const spoofed = new Headers({ "x-forwarded-for": "10.0.0.1, 203.0.113.7" });
    vi.stubEnv("TRUST_PROXY", "");
    expect(clientAddress(spoofed)).toBe(clientAddress(new Headers({ "x-forwarded-for": "192.0.2.44" })));
    vi.stubEnv("TRUST_PROXY", "1");
    expect(clientAddress(spoofed)).toBe("203.0.113.7");
    vi.stubEnv("TRUST_PROXY", "2");
    expect(clientAddress(spoofed)).toBe("10.0.0.1");
  });
});
