import { describe, expect, it } from "vitest";
import { deckRecall } from "./recall";

describe("deck recall", () => {
  it("averages over every card, unstudied ones counting 0", () => {
    expect(deckRecall(6 * 0.95, 57)).toBeCloseTo(0.1, 2);
    expect(deckRecall(57, 57)).toBe(1);
    expect(deckRecall(0, 57)).toBe(0);
  });

  it("has no value without cards", () => {
    expect(deckRecall(0, 0)).toBeNull();
  });
});
