import { describe, expect, it } from "vitest";
import {
  applyGrade,
  DEFAULT_SCHEDULER_SETTINGS as settings,
  FORGETTING_CURVE,
  forgetCard,
  formatInterval,
  newMemoryState,
  previewGrades,
  recallProbability,
  undoGrade,
  type MemoryState,
} from "./scheduling";

const now = new Date("2026-11-25T09:00:00Z");
const at = (iso: string) => new Date(iso);
/** A new card graded good at `now` and good again ten minutes later: in review, due in days. */
const learnedCard = () => {
  const learning = applyGrade(newMemoryState(now), now, "good", settings).after;
  return applyGrade(learning, at("2026-11-25T09:10:00Z"), "good", settings).after;
};

describe("scheduling over ts-fsrs", () => {
  it("labels each button with the interval it would give a new card", () => {
    const preview = previewGrades(newMemoryState(now), now, settings);
    expect(preview.again.label).toBe("1m");
    expect(preview.hard.label).toBe("6m");
    expect(preview.good.label).toBe("10m");
    expect(preview.easy.label).toMatch(/^\d+d$/);
    expect(preview.easy.due.getTime()).toBeGreaterThan(preview.good.due.getTime());
    expect([preview.again.state, preview.good.state, preview.easy.state]).toEqual(["learning", "learning", "review"]);
  });

  it("moves a card through learning into review and records the state before and after", () => {
    const first = applyGrade(newMemoryState(now), now, "good", settings);
    expect(undoGrade(first.after, first.record, settings)).toEqual(newMemoryState(now));
    expect(first.after.state).toBe("learning");
    expect(first.record).toMatchObject({ grade: "good", stateBefore: "new", stateAfter: "learning", reviewedAt: now });
    const later = at("2026-11-25T09:10:00Z");
    const second = applyGrade(first.after, later, "good", settings);
    expect(second.after.state).toBe("review");
    expect(second.after.lastReview).toEqual(later);
    expect(second.after.due.getTime()).toBeGreaterThan(later.getTime() + 86_400_000 - 1);
  });

  it("undoes a grade (ts-fsrs rollback): the card's memory is restored and it is due again at once", () => {
    const learned = learnedCard();
    const reviewDay = at("2026-11-30T10:00:00Z");
    const { after, record } = applyGrade(learned, reviewDay, "again", settings);
    expect(after.state).toBe("relearning");
    expect(after.lapses).toBe(learned.lapses + 1);
    expect(undoGrade(after, record, settings)).toEqual({ ...learned, due: reviewDay });
  });

  it("marks the eighth lapse as a leech, once", () => {
    const review: MemoryState = {
      state: "review",
      due: now,
      stability: 3,
      difficulty: 7,
      scheduledDays: 3,
      learningSteps: 0,
      reps: 20,
      lapses: 7,
      lastReview: at("2026-11-22T09:00:00Z"),
    };
    const eighth = applyGrade(review, now, "again", settings);
    expect(eighth.after.lapses).toBe(8);
    expect(eighth.becameLeech).toBe(true);
    expect(applyGrade(review, now, "good", settings).becameLeech).toBe(false);
  });

  it("predicts lower recall as time passes, and none for a card never studied", () => {
    const learned = learnedCard();
    const soon = recallProbability(learned, at("2026-11-26T09:10:00Z"));
    const late = recallProbability(learned, at("2026-12-25T09:10:00Z"));
    expect(soon).toBeGreaterThan(late);
    expect(soon).toBeLessThanOrEqual(1);
    expect(recallProbability(newMemoryState(now), now)).toBe(0);
  });

  it("forgets a card back to new", () => {
    const learned = applyGrade(newMemoryState(now), now, "easy", settings).after;
    expect(forgetCard(learned, now, settings)).toMatchObject({ state: "new", reps: 0, lapses: 0 });
  });

  it("asks for more retention, schedules sooner", () => {
    const learned = learnedCard();
    const day = at("2026-11-28T09:10:00Z");
    const relaxed = previewGrades(learned, day, { ...settings, desiredRetention: 0.8 }).good.due.getTime();
    const strict = previewGrades(learned, day, { ...settings, desiredRetention: 0.95 }).good.due.getTime();
    expect(strict).toBeLessThan(relaxed);
  });
});

describe("formatInterval", () => {
  it.each([
    [30_000, "30s"],
    [10 * 60_000, "10m"],
    [3 * 3_600_000, "3h"],
    [3 * 86_400_000, "3d"],
    [60 * 86_400_000, "2mo"],
    [365 * 86_400_000, "1y"],
    [548 * 86_400_000, "1.5y"],
  ])("%i ms is %s", (ms, label) => expect(formatInterval(ms)).toBe(label));
});

describe("FORGETTING_CURVE", () => {
  it("gives the same recall as ts-fsrs for a studied card", () => {
    const start = new Date("2026-01-01T00:00:00Z");
    const { after } = applyGrade(newMemoryState(start), start, "easy", settings);
    const later = new Date("2026-01-20T10:00:00Z");
    const days = Math.floor((later.getTime() - start.getTime()) / 86_400_000);
    const byFormula = Math.pow(1 + (FORGETTING_CURVE.factor * days) / after.stability, FORGETTING_CURVE.decay);
    expect(byFormula).toBeCloseTo(recallProbability(after, later), 6);
  });
});
