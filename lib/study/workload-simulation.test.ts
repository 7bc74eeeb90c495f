import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULER_SETTINGS, newMemoryState, type MemoryState } from "./scheduling";
import {
  DEFAULT_NEW_CARD_SECONDS,
  DEFAULT_REVIEW_SECONDS,
  reviewCosts,
  simulateWorkload,
  summarize,
  workloadGrid,
  type SimulationInput,
} from "./workload-simulation";
import { interpolate, type WorkloadPoint } from "./workload-grid";

const now = new Date("2026-11-25T09:00:00Z");
const DAY = 86_400_000;
const settings = { ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 10, maxReviewsPerDay: 200 };
const costs = { reviewSeconds: 8, newCardSeconds: 20, lapseSeconds: 16 };

/** `count` cards in review, spread over the last weeks, due over the next days. */
function reviewCards(count: number): MemoryState[] {
  return Array.from({ length: count }, (_, i) => ({
    ...newMemoryState(now),
    state: "review",
    stability: 3 + (i % 20),
    difficulty: 3 + (i % 5),
    lastReview: new Date(now.getTime() - (1 + (i % 15)) * DAY),
    due: new Date(now.getTime() + (i % 10) * DAY),
    reps: 3,
  }));
}
const newCards = (count: number) => Array.from({ length: count }, () => newMemoryState(now));
const input = (over: Partial<SimulationInput> = {}): SimulationInput => ({
  cards: [...reviewCards(300), ...newCards(200)],
  settings,
  costs,
  days: 90,
  now,
  seed: 42,
  ...over,
});

describe("workload simulation", () => {
  it("introduces newPerDay new cards a day from a deck of only new cards, until none are left", () => {
    const days = simulateWorkload(input({ cards: newCards(35), days: 6 }));
    expect(days.map((d) => d.newCards)).toEqual([10, 10, 10, 5, 0, 0]);
    expect(days[0]!.reviews).toBe(0);
    expect(days[0]!.minutes).toBeCloseTo((10 * costs.newCardSeconds) / 60);
    expect(days.some((d) => d.reviews > 0)).toBe(true);
  });

  it("asks for more reviews and keeps more cards memorized at a higher desired retention", () => {
    const at = (desiredRetention: number) =>
      summarize(simulateWorkload(input({ settings: { ...settings, desiredRetention } })), 90);
    const low = at(0.8);
    const high = at(0.95);
    expect(high.reviewsPerDay).toBeGreaterThan(low.reviewsPerDay * 1.3);
    expect(high.minutesPerDay).toBeGreaterThan(low.minutesPerDay);
    expect(high.memorized).toBeGreaterThan(low.memorized);
  });

  it("never reviews more than the daily limit, and carries the rest over", () => {
    const capped = simulateWorkload(input({ settings: { ...settings, maxReviewsPerDay: 25 } }));
    const free = simulateWorkload(input());
    expect(Math.max(...capped.map((d) => d.reviews))).toBe(25);
    expect(Math.max(...free.map((d) => d.reviews))).toBeGreaterThan(25);
  });

  it("gives the same days for the same seed, and other days for another seed", () => {
    expect(simulateWorkload(input())).toEqual(simulateWorkload(input()));
    expect(simulateWorkload(input({ seed: 7 }))).not.toEqual(simulateWorkload(input()));
  });

  it("counts memorized cards as the sum of their retrievability", () => {
    const first = simulateWorkload(input({ cards: newCards(10), days: 1 }))[0]!;
    expect(first.memorized).toBeGreaterThan(8);
    expect(first.memorized).toBeLessThan(10);
  });

  it("summarizes each horizon of the grid, and interpolates between its retentions", () => {
    const [low, high] = workloadGrid(input(), [0.8, 0.9]) as [WorkloadPoint, WorkloadPoint];
    const grid = [low, high];
    expect(grid.map((p) => p.retention)).toEqual([0.8, 0.9]);
    expect(low[30].days).toBe(30);
    expect(low[365].days).toBe(365);
    const mid = interpolate(grid, 90, 0.85)!;
    expect(mid.reviewsPerDay).toBeCloseTo((low[90].reviewsPerDay + high[90].reviewsPerDay) / 2);
    expect(interpolate(grid, 90, 0.99)).toEqual(high[90]);
  });
});

describe("a sample of a big collection", () => {
  it("carries a fractional daily limit over: 2.5 new cards a day are 5 every two days", () => {
    const days = simulateWorkload(input({ cards: newCards(20), days: 4, settings: { ...settings, newPerDay: 2.5 } }));
    expect(days.map((d) => d.newCards)).toEqual([2, 3, 2, 3]);
  });

  it("gives nearly the figures of simulating every card", () => {
    const big = input({ cards: [...reviewCards(2400), ...newCards(600)] });
    const [full] = workloadGrid(big, [0.9], 10_000);
    const [sample] = workloadGrid(big, [0.9], 600);
    for (const h of [30, 365] as const) {
      expect(Math.abs(sample![h].reviewsPerDay / full![h].reviewsPerDay - 1)).toBeLessThan(0.1);
      expect(Math.abs(sample![h].memorized / full![h].memorized - 1)).toBeLessThan(0.05);
      expect(Math.abs(sample![h].newPerDay / full![h].newPerDay - 1)).toBeLessThan(0.05);
    }
  });
});

describe("review costs", () => {
  const steps = { learningSteps: DEFAULT_SCHEDULER_SETTINGS.learningSteps, relearningSteps: ["10m" as const] };
  it("falls back to the documented defaults without enough timed reviews", () => {
    expect(reviewCosts({ reviewMs: [5000], learningMs: [] }, steps)).toEqual({
      reviewSeconds: DEFAULT_REVIEW_SECONDS,
      newCardSeconds: DEFAULT_NEW_CARD_SECONDS,
      lapseSeconds: DEFAULT_REVIEW_SECONDS * 2,
    });
  });
  it("uses the learner's median timings: one answer per learning step for a new card", () => {
    const costs = reviewCosts({ reviewMs: [...Array(19).fill(4000), 60_000], learningMs: Array(20).fill(6000) }, steps);
    expect(costs).toEqual({ reviewSeconds: 4, newCardSeconds: 12, lapseSeconds: 8 });
  });
});
