import { describe, expect, it } from "vitest";
import { isValidTimeZone, studyDay, studyDayKey } from "./study-day";

describe("studyDay", () => {
  it("rolls over at 4 am in the learner's time zone, not at midnight UTC", () => {
    // 03:30 on 26 Nov in Shanghai still belongs to the 25th.
    expect(studyDay(new Date("2026-11-25T19:30:00Z"), "Asia/Shanghai", 4)).toEqual({
      start: new Date("2026-11-24T20:00:00Z"),
      end: new Date("2026-11-25T20:00:00Z"),
    });
    // 04:30 on 26 Nov in Shanghai is the 26th.
    expect(studyDay(new Date("2026-11-25T20:30:00Z"), "Asia/Shanghai", 4).start).toEqual(
      new Date("2026-11-25T20:00:00Z"),
    );
  });

  it("honours another rollover hour", () => {
    expect(studyDay(new Date("2026-11-25T10:00:00Z"), "UTC", 0)).toEqual({
      start: new Date("2026-11-25T00:00:00Z"),
      end: new Date("2026-11-26T00:00:00Z"),
    });
  });

  it("has 23 hours on the day clocks spring forward", () => {
    const day = studyDay(new Date("2026-03-08T06:00:00Z"), "America/New_York", 4);
    expect(day).toEqual({ start: new Date("2026-03-07T09:00:00Z"), end: new Date("2026-03-08T08:00:00Z") });
  });

  it("recognises time zone names", () => {
    expect(isValidTimeZone("Asia/Shanghai")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});

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
