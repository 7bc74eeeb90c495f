import { describe, expect, it } from "vitest";
import { reviewHeatmap } from "./heatmap";

const today = "2026-03-10";

describe("reviewHeatmap", () => {
  it("covers exactly the 365 days ending today, oldest first, with missing days at 0", () => {
    const { days, total, activeDays, busiestDay } = reviewHeatmap([], today);
    expect(days).toHaveLength(365);
    expect(days[0]).toEqual({ day: "2025-03-11", count: 0, level: 0 });
    expect(days.at(-1)).toEqual({ day: today, count: 0, level: 0 });
    expect(days.map((d) => d.day)).toEqual([...days.map((d) => d.day)].sort());
    expect({ total, activeDays, busiestDay }).toEqual({ total: 0, activeDays: 0, busiestDay: null });
  });

  it("keeps the first and last days of the window and ignores counts outside it", () => {
    const heatmap = reviewHeatmap(
      [
        { day: "2025-03-10", count: 50 },
        { day: "2025-03-11", count: 3 },
        { day: today, count: 4 },
        { day: "2026-03-11", count: 60 },
      ],
      today,
    );
    expect(heatmap.days[0]?.count).toBe(3);
    expect(heatmap.days.at(-1)?.count).toBe(4);
    expect(heatmap.total).toBe(7);
    expect(heatmap.activeDays).toBe(2);
    expect(heatmap.busiestDay).toEqual({ day: today, count: 4 });
  });

  it("takes a shorter window", () => {
    const { days } = reviewHeatmap(
      [
        { day: "2026-03-03", count: 9 },
        { day: "2026-03-04", count: 1 },
      ],
      today,
      7,
    );
    expect(days.map((d) => d.day)).toEqual([
      "2026-03-04",
      "2026-03-05",
      "2026-03-06",
      "2026-03-07",
      "2026-03-08",
      "2026-03-09",
      today,
    ]);
    expect(days[0]?.count).toBe(1);
  });

  it("shades non-zero days by quartile of the non-zero counts", () => {
    const counts = [1, 2, 3, 4, 5, 6, 7, 8].map((count, i) => ({ day: `2026-03-0${i + 1}`, count }));
    const { days } = reviewHeatmap(counts, today, 10);
    expect(days.map((d) => d.level)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 0, 0]);
  });

  it("does not let many quiet days dilute one busy day", () => {
    const counts = ["2026-03-07", "2026-03-08", "2026-03-09"].map((day) => ({ day, count: 1 }));
    const { days } = reviewHeatmap([...counts, { day: today, count: 10 }], today, 4);
    expect(days.map((d) => d.level)).toEqual([1, 1, 1, 4]);
  });

  it("names the earliest of equally busy days", () => {
    const heatmap = reviewHeatmap(
      [
        { day: "2026-03-08", count: 5 },
        { day: "2026-03-09", count: 5 },
        { day: today, count: 2 },
      ],
      today,
    );
    expect(heatmap.busiestDay).toEqual({ day: "2026-03-08", count: 5 });
  });
});
