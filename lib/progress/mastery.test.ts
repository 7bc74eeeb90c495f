import { describe, expect, it } from "vitest";
import { masteryOf } from "./mastery";

describe("masteryOf", () => {
  it("adds up its parts: mastered share and recall over all cards, unstudied ones counting 0", () => {
    const deck = masteryOf("deck", [
      { cards: 10, studied: 4, mastered: 1, recallSum: 3.6 },
      { cards: 30, studied: 16, mastered: 9, recallSum: 14.4 },
    ]);
    expect(deck).toEqual({
      group: "deck",
      cards: 40,
      studied: 20,
      mastered: 10,
      masteredShare: 0.25,
      averageRecall: 0.45,
    });
  });

  it("has a recall of 0 before anything is studied, and neither share nor recall without cards", () => {
    expect(masteryOf("new", [{ cards: 5, studied: 0, mastered: 0, recallSum: 0 }])).toMatchObject({
      masteredShare: 0,
      averageRecall: 0,
    });
    expect(masteryOf("empty", [])).toMatchObject({ cards: 0, masteredShare: 0, averageRecall: null });
  });
});
