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

  // The last instant checked before the new day, the first of it, the time zone and rollover hour, the two days.
  it.each([
    // Exactly at the rollover hour.
    ["2026-03-10T07:59:59.999Z", "2026-03-10T08:00:00Z", "America/New_York", 4, "2026-03-09", "2026-03-10"],
    // At 4 am local on the day clocks spring forward: 4 am EDT is 08:00 UTC, not 09:00.
    ["2026-03-08T07:59:00Z", "2026-03-08T08:00:00Z", "America/New_York", 4, "2026-03-07", "2026-03-08"],
    // At 4 am local on the day clocks fall back: 4 am EST is 09:00 UTC, not 08:00.
    ["2026-11-01T08:30:00Z", "2026-11-01T09:00:00Z", "America/New_York", 4, "2026-10-31", "2026-11-01"],
    // 2 am is skipped on 8 Mar: the day starts when the clocks show 3 am EDT.
    ["2026-03-08T06:59:00Z", "2026-03-08T07:00:00Z", "America/New_York", 2, "2026-03-07", "2026-03-08"],
    // A half-hour offset zone (UTC+5:30): 4 am IST on 10 Mar is 22:30 UTC on the 9th.
    ["2026-03-09T22:29:59Z", "2026-03-09T22:30:00Z", "Asia/Kolkata", 4, "2026-03-09", "2026-03-10"],
  ] as const)(
    "starts a new day between %s and %s in %s (rollover at %i:00): %s, then %s",
    (last, first, zone, hour, before, day) => {
      expect(studyDayKey(at(last), zone, hour)).toBe(before);
      expect(studyDayKey(at(first), zone, hour)).toBe(day);
      // And back again: the day remembered from the call before must not answer for another.
      expect(studyDayKey(at(last), zone, hour)).toBe(before);
    },
  );

  it("follows a half-hour offset zone while it is still the day before in UTC", () => {
    // 01:30 IST on 11 Mar, while it is still the 10th in UTC.
    expect(studyDayKey(at("2026-03-10T20:00:00Z"), "Asia/Kolkata", 0)).toBe("2026-03-11");
  });
});
