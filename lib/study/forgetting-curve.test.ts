import { describe, expect, it } from "vitest";
import { forgettingCurve } from "./forgetting-curve";
import { DEFAULT_SCHEDULER_SETTINGS as settings, newMemoryState, type MemoryState } from "./scheduling";

const now = new Date("2026-11-25T09:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const daysOn = (n: number) => new Date(now.getTime() + n * 86_400_000);
const studied = (over: Partial<MemoryState> = {}): MemoryState => ({
  ...newMemoryState(now),
  state: "review",
  stability: 10,
  difficulty: 5,
  lastReview: daysAgo(4),
  due: daysOn(6),
  ...over,
});

describe("a card's forgetting curve", () => {
  it("passes through 90 % recall at t = stability (FSRS-6 defaults), and starts at 100 %", () => {
    const curve = forgettingCurve(studied({ lastReview: now, due: daysOn(10) }), now, settings)!;
    expect(curve.points[0]).toEqual({ days: 0, recall: 1 });
    expect(curve.due.days).toBeCloseTo(10);
    expect(curve.due.recall).toBeCloseTo(0.9, 6);
  });

  it("falls monotonically from the last review to three weeks after the due date", () => {
    const curve = forgettingCurve(studied(), now, settings)!;
    expect(curve.points.at(-1)!.days).toBeCloseTo(10 + 21);
    for (let i = 1; i < curve.points.length; i++) {
      expect(curve.points[i]!.days).toBeGreaterThan(curve.points[i - 1]!.days);
      expect(curve.points[i]!.recall).toBeLessThan(curve.points[i - 1]!.recall);
    }
  });

  it("marks today between the last review and the due date, with recall higher than at due", () => {
    const curve = forgettingCurve(studied(), now, settings)!;
    expect(curve.now.days).toBeCloseTo(4);
    expect(curve.now.recall).toBeGreaterThan(curve.due.recall);
    expect(curve.now.recall).toBeLessThan(1);
  });

  it("reaches past today for an overdue card", () => {
    const curve = forgettingCurve(studied({ lastReview: daysAgo(40), due: daysAgo(30) }), now, settings)!;
    expect(curve.now.days).toBeCloseTo(40);
    expect(curve.points.at(-1)!.days).toBeCloseTo(40 + 21);
    expect(curve.now.recall).toBeLessThan(curve.due.recall);
  });

  it("has none for a new card", () => {
    expect(forgettingCurve(newMemoryState(now), now, settings)).toBeNull();
  });
});
