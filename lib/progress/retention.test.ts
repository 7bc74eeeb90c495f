import { describe, expect, it } from "vitest";
import { trueRetention } from "./retention";

describe("trueRetention", () => {
  it("passes every grade but again", () => {
    const result = trueRetention([
      { grade: "again", count: 3 },
      { grade: "hard", count: 2 },
      { grade: "good", count: 4 },
      { grade: "easy", count: 1 },
    ]);
    expect(result).toEqual({ reviews: 10, passed: 7, rate: 0.7 });
  });

  it("is 0 when every review failed", () => {
    expect(trueRetention([{ grade: "again", count: 4 }])).toEqual({ reviews: 4, passed: 0, rate: 0 });
  });

  it("has no rate without reviews", () => {
    expect(trueRetention([])).toEqual({ reviews: 0, passed: 0, rate: null });
    expect(trueRetention([{ grade: "good", count: 0 }])).toEqual({ reviews: 0, passed: 0, rate: null });
  });
});
