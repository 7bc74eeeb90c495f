import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HeatmapSvg } from "./heatmap-svg";

const labels = {
  months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  weekdays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
  totalCount: (count: number) => `${count} reviews in the last 12 months`,
  less: "Less",
  more: "More",
};

/** A year of days ending on 2026-11-30 (a Monday), with reviews on two of them. */
const days = Array.from({ length: 365 }, (_, i) => {
  const date = new Date(Date.UTC(2026, 10, 30) - (364 - i) * 86_400_000).toISOString().slice(0, 10);
  const count = date === "2026-11-30" ? 3 : date === "2026-01-05" ? 12 : 0;
  return { date, count, level: count === 0 ? 0 : count > 10 ? 4 : 1 };
});

describe("HeatmapSvg", () => {
  const html = renderToStaticMarkup(<HeatmapSvg days={days} labels={labels} testId="heatmap" />);
  const rect = (date: string) =>
    new RegExp(`<rect data-date="${date}" data-level="(\\d)" x="(\\d+)" y="(\\d+)"`).exec(html);

  it("draws one square per day, in week columns from Monday, with its level", () => {
    expect(html.match(/<rect data-date=/g)).toHaveLength(365);
    const today = rect("2026-11-30")!;
    const sunday = rect("2026-11-29")!;
    expect(today[1]).toBe("1");
    expect(rect("2026-01-05")![1]).toBe("4");
    // Monday opens a new column at the top; the Sunday before ends the column to its left, at the bottom.
    expect(Number(today[2])).toBeGreaterThan(Number(sunday[2]));
    expect(Number(today[3])).toBeLessThan(Number(sunday[3]));
  });

  it("names the months and weekdays, and sums the year", () => {
    for (const month of ["Jan", "Jun", "Nov"]) expect(html).toContain(`>${month}</text>`);
    expect(html).toContain(">Mon</text>");
    expect(html).toContain("15 reviews in the last 12 months");
  });
});
