import { describe, expect, it } from "vitest";
import { dueForecast } from "./forecast";

const one = (dates: Date[]) => dates.map((at) => ({ at, count: 1 }));

const at = (iso: string) => new Date(iso);
const ny = "America/New_York";

describe("dueForecast", () => {
  it("has one entry per study day from today, 30 by default", () => {
    const forecast = dueForecast([], at("2026-03-10T15:00:00Z"), ny, 4);
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toEqual({ day: "2026-03-10", count: 0 });
    expect(forecast.at(-1)).toEqual({ day: "2026-04-08", count: 0 });
  });

  it("counts overdue cards and cards due later today on today", () => {
    const now = at("2026-03-10T15:00:00Z"); // 11:00 EDT
    const dues = [
      at("2026-02-01T12:00:00Z"),
      at("2026-03-10T08:00:00Z"),
      at("2026-03-10T20:00:00Z"),
      at("2026-03-11T07:59:59Z"),
    ];
    expect(dueForecast(one(dues), now, ny, 4, 2)).toEqual([
      { day: "2026-03-10", count: 4 },
      { day: "2026-03-11", count: 0 },
    ]);
  });

  it("counts a card due before the rollover hour on the study day before it", () => {
    const now = at("2026-03-10T15:00:00Z");
    // 03:30 EDT on the 12th belongs to the 11th; 04:00 is the 12th.
    const dues = [at("2026-03-12T07:30:00Z"), at("2026-03-12T08:00:00Z")];
    expect(dueForecast(one(dues), now, ny, 4, 3)).toEqual([
      { day: "2026-03-10", count: 0 },
      { day: "2026-03-11", count: 1 },
      { day: "2026-03-12", count: 1 },
    ]);
  });

  it("drops cards due after the window", () => {
    const now = at("2026-03-10T15:00:00Z");
    // The third study day, the 12th, ends at 04:00 EDT on the 13th (08:00 UTC).
    const dues = [at("2026-03-13T07:59:59Z"), at("2026-03-13T08:00:00Z"), at("2027-01-01T12:00:00Z")];
    expect(dueForecast(one(dues), now, ny, 4, 3).map((d) => d.count)).toEqual([0, 0, 1]);
  });

  it("ends today's study day after 23 hours when clocks spring forward", () => {
    const now = at("2026-03-07T15:00:00Z"); // 10:00 EST on the 7th; the day ends 04:00 EDT on the 8th = 08:00 UTC.
    const dues = [at("2026-03-08T07:59:00Z"), at("2026-03-08T08:30:00Z")];
    expect(dueForecast(one(dues), now, ny, 4, 2)).toEqual([
      { day: "2026-03-07", count: 1 },
      { day: "2026-03-08", count: 1 },
    ]);
  });

  it("ends today's study day after 25 hours when clocks fall back", () => {
    const now = at("2026-10-31T16:00:00Z"); // noon EDT on the 31st; the day ends 04:00 EST on 1 Nov = 09:00 UTC.
    const dues = [at("2026-11-01T08:30:00Z"), at("2026-11-01T09:00:00Z")];
    expect(dueForecast(one(dues), now, ny, 4, 2)).toEqual([
      { day: "2026-10-31", count: 1 },
      { day: "2026-11-01", count: 1 },
    ]);
  });

  it("follows a half-hour offset zone (Asia/Kolkata)", () => {
    const now = at("2026-03-10T12:00:00Z"); // 17:30 IST; the day ends 04:00 IST on the 11th = 22:30 UTC on the 10th.
    const dues = [at("2026-03-10T22:29:00Z"), at("2026-03-10T22:30:00Z")];
    expect(dueForecast(one(dues), now, "Asia/Kolkata", 4, 2)).toEqual([
      { day: "2026-03-10", count: 1 },
      { day: "2026-03-11", count: 1 },
    ]);
  });

  it("starts from the study day before when it is past midnight but before the rollover", () => {
    const now = at("2026-03-10T06:30:00Z"); // 02:30 EDT on the 10th, still the 9th's study day.
    expect(dueForecast(one([at("2026-03-10T07:00:00Z")]), now, ny, 4, 1)).toEqual([{ day: "2026-03-09", count: 1 }]);
  });

  it("adds up counts of cards due at the same time", () => {
    const now = at("2026-03-10T15:00:00Z");
    expect(
      dueForecast(
        [
          { at: at("2026-03-10T16:00:00Z"), count: 40 },
          { at: at("2026-03-11T16:00:00Z"), count: 2 },
        ],
        now,
        ny,
        4,
        2,
      ),
    ).toEqual([
      { day: "2026-03-10", count: 40 },
      { day: "2026-03-11", count: 2 },
    ]);
  });
});
