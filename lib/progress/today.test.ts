import { describe, expect, it } from "vitest";
import { todayCounts } from "./today";

const limits = { newPerDay: 20, maxReviewsPerDay: 200 };
const none = { newCards: 0, reviews: 0 };
const deck = { cards: 57, withState: 0, newWithState: 0, learningDue: 0, reviewDue: 0 };

describe("today's counts of a deck", () => {
  it("counts every card of a deck not started yet as new, up to the daily limit", () => {
    expect(todayCounts(deck, none, limits)).toEqual({ new: 20, learning: 0, due: 0 });
    expect(todayCounts({ ...deck, cards: 7 }, none, limits)).toEqual({ new: 7, learning: 0, due: 0 });
  });

  it("leaves what was started today out of the new limit, and caps reviews", () => {
    const started = { cards: 57, withState: 57, newWithState: 51, learningDue: 4, reviewDue: 250 };
    expect(todayCounts(started, { newCards: 6, reviews: 10 }, limits)).toEqual({ new: 14, learning: 4, due: 190 });
    expect(todayCounts(started, { newCards: 25, reviews: 200 }, limits)).toEqual({ new: 0, learning: 4, due: 0 });
  });

  it("counts cards added to a started deck (no state yet) as new", () => {
    const grown = { cards: 60, withState: 57, newWithState: 0, learningDue: 0, reviewDue: 0 };
    expect(todayCounts(grown, none, limits).new).toBe(3);
  });
});
