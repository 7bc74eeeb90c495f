import { fsrs, createEmptyCard, type Grade } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULER_SETTINGS } from "@/lib/study/scheduling";
import { replayReviews } from "./replay-reviews";

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n, 9));
const now = day(60);

describe("replayReviews", () => {
  it("gives the state ts-fsrs computes for the same grades at the same times", () => {
    const reviews = [
      { reviewedAt: day(0), rating: 3 as const, durationMs: 4000 },
      { reviewedAt: day(1), rating: 1 as const, durationMs: 9000 },
      { reviewedAt: day(2), rating: 3 as const, durationMs: 3000 },
      { reviewedAt: day(9), rating: 4 as const, durationMs: 2000 },
    ];
    // Out of order on purpose: the replay sorts them by time.
    const replayed = replayReviews(
      [reviews[2]!, reviews[0]!, reviews[3]!, reviews[1]!],
      DEFAULT_SCHEDULER_SETTINGS,
      now,
    )!;

    const f = fsrs({
      request_retention: DEFAULT_SCHEDULER_SETTINGS.desiredRetention,
      learning_steps: DEFAULT_SCHEDULER_SETTINGS.learningSteps,
      relearning_steps: DEFAULT_SCHEDULER_SETTINGS.relearningSteps,
      enable_fuzz: false,
    });
    let expected = createEmptyCard(day(0));
    for (const r of reviews) expected = f.next(expected, r.reviewedAt, r.rating as Grade).card;

    expect(replayed.state).toMatchObject({
      due: expected.due,
      stability: expected.stability,
      difficulty: expected.difficulty,
      reps: 4,
      lapses: expected.lapses,
      lastReview: day(9),
    });
    expect(replayed.records.map((r) => [r.grade, r.reviewedAt, r.durationMs])).toEqual([
      ["good", day(0), 4000],
      ["again", day(1), 9000],
      ["good", day(2), 3000],
      ["easy", day(9), 2000],
    ]);
    expect(replayed.records.at(-1)!.dueAfter).toEqual(expected.due);
  });

  it("replays nothing after now, and returns null for a card with no past review", () => {
    expect(
      replayReviews([{ reviewedAt: day(61), rating: 3, durationMs: 0 }], DEFAULT_SCHEDULER_SETTINGS, now),
    ).toBeNull();
    expect(replayReviews([], DEFAULT_SCHEDULER_SETTINGS, now)).toBeNull();
  });
});
