import { describe, expect, it } from "vitest";
import { FORGET_AFTER_MS, THROTTLE_RULES, throttleKeys, waitSeconds } from "./throttle";

const now = new Date("2026-11-30T12:00:00Z");
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe("waitSeconds", () => {
  const rule = { free: 3, baseSeconds: 2, maxSeconds: 60 };

  it("lets the free failures through, then doubles the wait per failure up to the cap", () => {
    expect(waitSeconds(rule, undefined, now)).toBe(0);
    expect(waitSeconds(rule, { failures: 2, lastFailedAt: now }, now)).toBe(0);
    expect([3, 4, 5, 6, 7, 20].map((failures) => waitSeconds(rule, { failures, lastFailedAt: now }, now))).toEqual([
      2, 4, 8, 16, 32, 60,
    ]);
  });

  it("counts the wait from the last failure, and forgets failures after a quiet hour", () => {
    const state = { failures: 5, lastFailedAt: now };
    expect(waitSeconds(rule, state, at(3))).toBe(5);
    expect(waitSeconds(rule, state, at(8))).toBe(0);
    expect(waitSeconds(rule, { failures: 1000, lastFailedAt: now }, at(FORGET_AFTER_MS / 1000 + 1))).toBe(0);
  });

  it("keeps the account's own delay short, so others' guesses cannot lock its owner out", () => {
    expect(waitSeconds(THROTTLE_RULES.account, { failures: 1_000_000, lastFailedAt: now }, now)).toBe(30);
  });
});

describe("throttleKeys", () => {
  it("counts per account+client pair, per account (whatever its case) and per client", () => {
    expect(throttleKeys(" Ada@Example.com", "203.0.113.9").map((k) => k.key)).toEqual([
      "pair:ada@example.com|203.0.113.9",
      "account:ada@example.com",
      "client:203.0.113.9",
    ]);
  });
});
