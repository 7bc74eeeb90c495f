import { describe, expect, it } from "vitest";
import { scoreAttempt } from "./scoring";

describe("scoreAttempt", () => {
  const ids = ["a", "b", "c", "d", "e"];

  it("scores a finished attempt and lists the missed questions in the order asked", () => {
    const score = scoreAttempt(ids, [
      { questionId: "e", correct: false },
      { questionId: "a", correct: true },
      { questionId: "b", correct: false },
      { questionId: "c", correct: true },
      { questionId: "d", correct: true },
    ]);
    expect(score).toEqual({
      total: 5,
      answered: 5,
      correct: 3,
      percent: 60,
      finished: true,
      missedQuestionIds: ["b", "e"],
    });
  });

  it("counts unanswered questions as not correct and the attempt as unfinished", () => {
    const score = scoreAttempt(ids, [{ questionId: "a", correct: true }]);
    expect(score).toMatchObject({ answered: 1, correct: 1, percent: 20, finished: false, missedQuestionIds: [] });
  });

  it("ignores answers to questions that are not in the attempt", () => {
    expect(scoreAttempt(["a"], [{ questionId: "z", correct: true }])).toMatchObject({
      answered: 0,
      correct: 0,
      finished: false,
    });
  });

  it("rounds percentages", () => {
    expect(
      scoreAttempt(
        ["a", "b", "c"],
        [
          { questionId: "a", correct: true },
          { questionId: "b", correct: true },
          { questionId: "c", correct: false },
        ],
      ).percent,
    ).toBe(67);
  });
});
