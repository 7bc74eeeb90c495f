import { describe, expect, it } from "vitest";
import { displayIndex, planAttempt, storedIndex, type QuizCandidate } from "./plan";

const candidates: QuizCandidate[] = Array.from({ length: 22 }, (_, i) => ({
  id: `q${i}`,
  entryId: `e${i % 18}`,
  optionCount: 4,
}));

describe("planAttempt", () => {
  it("is stable for a seed and differs between seeds", () => {
    expect(planAttempt(candidates, "10", "seed-a")).toEqual(planAttempt(candidates, "10", "seed-a"));
    expect(planAttempt(candidates, "10", "seed-a").map((q) => q.questionId)).not.toEqual(
      planAttempt(candidates, "10", "seed-b").map((q) => q.questionId),
    );
  });

  it("takes the chosen number of distinct questions, or all there are", () => {
    for (const size of ["5", "10", "20"] as const) {
      const ids = planAttempt(candidates, size, "s").map((q) => q.questionId);
      expect(ids).toHaveLength(Number(size));
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(
      planAttempt(candidates, "all", "s")
        .map((q) => q.questionId)
        .sort(),
    ).toEqual(candidates.map((c) => c.id).sort());
    expect(planAttempt(candidates.slice(0, 3), "20", "s")).toHaveLength(3);
  });

  it("asks one question per entry before a second one from the same entry", () => {
    const ids = planAttempt(candidates, "20", "x").map((q) => q.questionId);
    const entries = ids.slice(0, 18).map((id) => candidates.find((c) => c.id === id)!.entryId);
    expect(new Set(entries).size).toBe(18);
  });

  it("shuffles each question's options as a permutation, not always the stored order", () => {
    const plan = planAttempt(candidates, "all", "options");
    for (const q of plan) expect([...q.optionOrder].sort()).toEqual([0, 1, 2, 3]);
    expect(plan.some((q) => q.optionOrder.join() !== "0,1,2,3")).toBe(true);
    expect(new Set(plan.map((q) => q.optionOrder[0])).size).toBeGreaterThan(1);
  });

  it("maps between displayed and stored option indexes", () => {
    const question = { questionId: "q", optionOrder: [2, 0, 3, 1] };
    expect(storedIndex(question, 0)).toBe(2);
    expect(storedIndex(question, 4)).toBeNull();
    expect(displayIndex(question, 2)).toBe(0);
    expect(displayIndex(question, 1)).toBe(3);
  });
});
