import { describe, expect, it } from "vitest";
import { dayKeyRange, shiftDayKey } from "./day-keys";

describe("shiftDayKey", () => {
  it("moves across month and year ends and leap days", () => {
    expect(shiftDayKey("2026-01-31", 1)).toBe("2026-02-01");
    expect(shiftDayKey("2026-02-28", 1)).toBe("2026-03-01");
    expect(shiftDayKey("2028-02-28", 1)).toBe("2028-02-29");
    expect(shiftDayKey("2026-01-01", -1)).toBe("2025-12-31");
    expect(shiftDayKey("2026-01-01", 365)).toBe("2027-01-01");
  });

  it("counts whole days across DST changes", () => {
    expect(shiftDayKey("2026-03-07", 2)).toBe("2026-03-09");
    expect(shiftDayKey("2026-11-02", -2)).toBe("2026-10-31");
    expect(shiftDayKey("2026-03-10", 0)).toBe("2026-03-10");
  });

  it("rejects strings that are not real days", () => {
    expect(() => shiftDayKey("2026-02-30", 1)).toThrow(RangeError);
    expect(() => shiftDayKey("2026-3-1", 1)).toThrow(RangeError);
  });
});

describe("dayKeyRange", () => {
  it("lists every day from first to last, both included", () => {
    expect(dayKeyRange("2026-03-07", "2026-03-09")).toEqual(["2026-03-07", "2026-03-08", "2026-03-09"]);
    expect(dayKeyRange("2025-12-31", "2026-01-01")).toEqual(["2025-12-31", "2026-01-01"]);
    expect(dayKeyRange("2026-10-31", "2026-11-02")).toEqual(["2026-10-31", "2026-11-01", "2026-11-02"]);
  });

  it("is one day when both ends match and empty when they are reversed", () => {
    expect(dayKeyRange("2026-03-10", "2026-03-10")).toEqual(["2026-03-10"]);
    expect(dayKeyRange("2026-03-10", "2026-03-09")).toEqual([]);
  });

  it("spans a leap year", () => {
    const year = dayKeyRange("2028-01-01", "2028-12-31");
    expect(year).toHaveLength(366);
    expect(new Set(year).size).toBe(366);
  });
});
