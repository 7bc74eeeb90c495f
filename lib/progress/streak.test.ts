import { describe, expect, it } from "vitest";
import { dayKeyRange } from "./day-keys";
import { currentStreak, longestStreak } from "./streak";

describe("currentStreak", () => {
  it("counts consecutive days ending today", () => {
    expect(currentStreak(["2026-03-08", "2026-03-09", "2026-03-10"], "2026-03-10")).toBe(3);
  });

  it("still stands when today has no reviews yet but yesterday did", () => {
    expect(currentStreak(["2026-03-08", "2026-03-09"], "2026-03-10")).toBe(2);
  });

  it("is broken once a whole day passed without reviews", () => {
    expect(currentStreak(["2026-03-07", "2026-03-08"], "2026-03-10")).toBe(0);
    expect(currentStreak([], "2026-03-10")).toBe(0);
  });

  it("stops at the last gap", () => {
    expect(currentStreak(["2026-03-05", "2026-03-06", "2026-03-08", "2026-03-09", "2026-03-10"], "2026-03-10")).toBe(3);
  });

  it("runs across month ends and ignores order and duplicates", () => {
    expect(currentStreak(["2026-03-01", "2026-02-27", "2026-02-28", "2026-03-01"], "2026-03-01")).toBe(3);
  });
});

describe("longestStreak", () => {
  it("finds the longest run even when it is over", () => {
    const days = [...dayKeyRange("2026-01-01", "2026-01-05"), ...dayKeyRange("2026-03-08", "2026-03-10")];
    expect(longestStreak(days)).toBe(5);
  });

  it("ignores order and duplicates, and runs across a year end", () => {
    expect(longestStreak(["2026-01-02", "2025-12-31", "2026-01-01", "2025-12-30", "2026-01-01", "2026-02-01"])).toBe(4);
  });

  it("is 1 for a single day and 0 for none", () => {
    expect(longestStreak(["2026-03-10"])).toBe(1);
    expect(longestStreak([])).toBe(0);
  });

  it("accepts any iterable", () => {
    expect(longestStreak(new Set(["2026-03-09", "2026-03-10"]))).toBe(2);
  });
});
