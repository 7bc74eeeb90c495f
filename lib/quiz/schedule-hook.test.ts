import { describe, expect, it } from "vitest";
import { quizScheduleChange } from "./schedule-hook";

describe("quizScheduleChange", () => {
  it("leaves the schedule alone after a right answer", () => {
    expect(quizScheduleChange(true, null)).toBe("none");
    expect(quizScheduleChange(true, { state: "review", suspended: false })).toBe("none");
  });

  it("puts a never-studied entry into the new queue after a wrong answer", () => {
    expect(quizScheduleChange(false, null)).toBe("add-new");
  });

  it("makes a studied card due now after a wrong answer", () => {
    for (const state of ["learning", "review", "relearning"] as const)
      expect(quizScheduleChange(false, { state, suspended: false })).toBe("due-now");
  });

  it("keeps a new card where it is and a suspended card suspended", () => {
    expect(quizScheduleChange(false, { state: "new", suspended: false })).toBe("none");
    expect(quizScheduleChange(false, { state: "review", suspended: true })).toBe("none");
  });
});
