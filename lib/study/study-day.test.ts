import { describe, expect, it } from "vitest";
import { isValidTimeZone, studyDay } from "./study-day";

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
