import { describe, expect, it } from "vitest";
import { questionMisses } from "./question-misses";

describe("questionMisses", () => {
  it("ranks questions by share wrong and names the distractor picked most", () => {
    const result = questionMisses([
      { questionId: "a", chosenIndex: 0, correct: true, count: 3 },
      { questionId: "a", chosenIndex: 2, correct: false, count: 1 },
      { questionId: "b", chosenIndex: 1, correct: false, count: 2 },
      { questionId: "b", chosenIndex: 3, correct: false, count: 1 },
      { questionId: "b", chosenIndex: 0, correct: true, count: 1 },
      { questionId: "c", chosenIndex: 0, correct: true, count: 5 },
    ]);
    expect(result.map((q) => q.questionId)).toEqual(["b", "a", "c"]);
    expect(result[0]).toEqual({
      questionId: "b",
      answers: 4,
      wrong: 3,
      wrongShare: 0.75,
      topDistractor: { index: 1, count: 2 },
    });
    expect(result[1]!.topDistractor).toEqual({ index: 2, count: 1 });
    expect(result[2]).toMatchObject({ wrong: 0, wrongShare: 0, topDistractor: null });
  });
});
