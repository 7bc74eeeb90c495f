import { describe, expect, it } from "vitest";
import { dayKeyRange, shiftDayKey, studyDayKey } from "./day-keys";

const at = (iso: string) => new Date(iso);

describe("studyDayKey", () => {
  it("gives a session after midnight but before the rollover hour to the day before", () => {
    // 02:30 EDT on 10 Mar.
    expect(studyDayKey(at("2026-03-10T06:30:00Z"), "America/New_York", 4)).toBe("2026-03-09");
    expect(studyDayKey(at("2026-03-10T06:30:00Z"), "America/New_York", 0)).toBe("2026-03-10");
  });

  it("starts the new day exactly at the rollover hour", () => {
    expect(studyDayKey(at("2026-03-10T07:59:59.999Z"), "America/New_York", 4)).toBe("2026-03-09");
    expect(studyDayKey(at("2026-03-10T08:00:00Z"), "America/New_York", 4)).toBe("2026-03-10");
  });

  it("rolls over at 4 am local on the day clocks spring forward (4 am EDT is 08:00 UTC, not 09:00)", () => {
    expect(studyDayKey(at("2026-03-08T07:59:00Z"), "America/New_York", 4)).toBe("2026-03-07");
    expect(studyDayKey(at("2026-03-08T08:00:00Z"), "America/New_York", 4)).toBe("2026-03-08");
  });

  it("rolls over at 4 am local on the day clocks fall back (4 am EST is 09:00 UTC, not 08:00)", () => {
    expect(studyDayKey(at("2026-11-01T08:30:00Z"), "America/New_York", 4)).toBe("2026-10-31");
    expect(studyDayKey(at("2026-11-01T09:00:00Z"), "America/New_York", 4)).toBe("2026-11-01");
  });

  it("handles a rollover hour that does not exist on the spring-forward day", () => {
    // 2 am is skipped on 8 Mar; the day starts when the clocks show 3 am EDT.
    expect(studyDayKey(at("2026-03-08T06:59:00Z"), "America/New_York", 2)).toBe("2026-03-07");
    expect(studyDayKey(at("2026-03-08T07:00:00Z"), "America/New_York", 2)).toBe("2026-03-08");
  });

  it("follows a half-hour offset zone (Asia/Kolkata, UTC+5:30)", () => {
    // 4 am IST on 10 Mar is 22:30 UTC on the 9th.
    expect(studyDayKey(at("2026-03-09T22:29:59Z"), "Asia/Kolkata", 4)).toBe("2026-03-09");
    expect(studyDayKey(at("2026-03-09T22:30:00Z"), "Asia/Kolkata", 4)).toBe("2026-03-10");
    // 01:30 IST on 11 Mar, while it is still the 10th in UTC.
    expect(studyDayKey(at("2026-03-10T20:00:00Z"), "Asia/Kolkata", 0)).toBe("2026-03-11");
  });
});

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
