import { describe, expect, it } from "vitest";
import { concatColumns, dayNumber, reviewColumns, trainingItems } from "./training-items";

describe("training items from the review log", () => {
  const rows = [
    { userCardId: "a", grade: "good", studyDay: "2026-11-01" },
    { userCardId: "b", grade: "again", studyDay: "2026-11-01" },
    { userCardId: "a", grade: "good", studyDay: "2026-11-01" },
    { userCardId: "b", grade: "good", studyDay: "2026-11-02" },
    { userCardId: "a", grade: "hard", studyDay: "2026-11-04" },
    { userCardId: "a", grade: "easy", studyDay: "2026-11-14" },
  ];

  it("counts study days since 1970", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("2026-11-02") - dayNumber("2026-10-31")).toBe(2);
  });

  it("makes one item per review after a card's first, holding the card's history up to it", () => {
    const items = trainingItems(reviewColumns(rows));
    // a's second review, on the same study day, is 0 days after its first, as FSRS counts same-day
    // reviews; it is no item of its own, since a's history has no day between reviews yet.
    expect(items).toEqual([
      [
        { rating: 1, deltaT: 0 },
        { rating: 3, deltaT: 1 },
      ],
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 2, deltaT: 3 },
      ],
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 2, deltaT: 3 },
        { rating: 4, deltaT: 10 },
      ],
    ]);
  });

  it("gives the same items for the log read in chunks", () => {
    const whole = trainingItems(reviewColumns(rows));
    const cardNumbers = new Map<string, number>();
    const joined = concatColumns([
      reviewColumns(rows.slice(0, 3), cardNumbers),
      reviewColumns(rows.slice(3), cardNumbers),
    ]);
    expect(trainingItems(joined)).toEqual(whole);
  });

  it("makes no item of a card reviewed on one study day only", () => {
    const sameDay = rows.filter((r) => r.userCardId === "a").slice(0, 2);
    expect(trainingItems(reviewColumns([...sameDay, { ...sameDay[0]!, grade: "again" }]))).toEqual([]);
  });

  it("skips a grade it does not know", () => {
    const items = trainingItems(
      reviewColumns([...rows.slice(0, 2), { userCardId: "a", grade: "bogus", studyDay: "2026-11-03" }]),
    );
    expect(items).toEqual([]);
  });
});
