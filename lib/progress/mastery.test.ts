import { describe, expect, it } from "vitest";
import { recallProbability, type MemoryState } from "@/lib/study/scheduling";
import { MASTERED_STABILITY_DAYS, mastery, overallMastery, type MasteryCard } from "./mastery";

const now = new Date("2026-03-10T12:00:00Z");
const lastReview = new Date("2026-03-01T12:00:00Z");

function studied(group: string, stability: number): MasteryCard {
  return { group, state: "review", due: new Date("2026-04-01T12:00:00Z"), stability, difficulty: 5, scheduledDays: Math.round(stability), learningSteps: 0, reps: 4, lapses: 0, lastReview };
}

function fresh(group: string): MasteryCard {
  return { group, state: "new", due: now, stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, lastReview: null };
}

describe("mastery", () => {
  it("groups cards in the order the groups first appear", () => {
    const result = mastery([studied("verbs", 30), fresh("nouns"), fresh("verbs")], now);
    expect(result.map((g) => [g.group, g.cards])).toEqual([["verbs", 2], ["nouns", 1]]);
  });

  it("masters a card only once its stability is above 21 days", () => {
    expect(MASTERED_STABILITY_DAYS).toBe(21);
    const [group] = mastery([studied("a", 21), studied("a", 21.01), studied("a", 5)], now);
    expect(group).toMatchObject({ cards: 3, studied: 3, mastered: 1 });
  });

  it("shares mastered cards out of all cards, new ones included", () => {
    const [group] = mastery([studied("a", 40), fresh("a"), fresh("a"), fresh("a")], now);
    expect(group).toMatchObject({ cards: 4, studied: 1, mastered: 1, masteredShare: 0.25 });
  });

  it("does not count new cards as studied or in the average recall", () => {
    const cards = [studied("a", 3), studied("a", 40), fresh("a")];
    const [group] = mastery(cards, now);
    const expected = (recallProbability(cards[0] as MemoryState, now) + recallProbability(cards[1] as MemoryState, now)) / 2;
    expect(group?.studied).toBe(2);
    expect(group?.averageRecall).toBeCloseTo(expected, 10);
    expect(mastery([fresh("b")], now)).toEqual([{ group: "b", cards: 1, studied: 0, mastered: 0, masteredShare: 0, averageRecall: null }]);
  });

  it("predicts lower recall as time passes", () => {
    const cards = [studied("a", 10)];
    const soon = mastery(cards, now)[0]?.averageRecall ?? NaN;
    const later = mastery(cards, new Date("2026-06-10T12:00:00Z"))[0]?.averageRecall ?? NaN;
    expect(soon).toBeGreaterThan(later);
    expect(soon).toBeLessThanOrEqual(1);
    expect(later).toBeGreaterThan(0);
  });

  it("is empty without cards", () => {
    expect(mastery([], now)).toEqual([]);
  });
});

describe("overallMastery", () => {
  it("sums every group into one named all", () => {
    const overall = overallMastery([studied("verbs", 30), fresh("nouns"), studied("nouns", 2), fresh("verbs")], now);
    expect(overall).toMatchObject({ group: "all", cards: 4, studied: 2, mastered: 1, masteredShare: 0.25 });
    expect(overall.averageRecall).not.toBeNull();
  });

  it("has no share or recall without cards", () => {
    expect(overallMastery([], now)).toEqual({ group: "all", cards: 0, studied: 0, mastered: 0, masteredShare: 0, averageRecall: null });
  });
});
