import { describe, expect, it } from "vitest";
import { assignmentStatus, dueAtEndOf, type CompletionRule } from "./completion";

const dueAt = new Date("2026-12-01T00:00:00Z");
const before = new Date("2026-11-30T00:00:00Z");
const after = new Date("2026-12-02T00:00:00Z");
const both: CompletionRule = { requireStudy: true, minRecall: 0.85, requireQuiz: true, passPercent: 80, dueAt };
const finished = { cards: 10, studied: 10, recall: 0.9, bestQuizPercent: 80 };

describe("assignmentStatus", () => {
  it("is done when every required part is met, even after the due date", () => {
    expect(assignmentStatus(both, finished, before).status).toBe("done");
    expect(assignmentStatus(both, finished, after).status).toBe("done");
  });

  it("needs every card studied and the recall reached", () => {
    expect(assignmentStatus(both, { ...finished, studied: 9 }, before)).toMatchObject({
      status: "in-progress",
      studyMet: false,
      quizMet: true,
    });
    expect(assignmentStatus(both, { ...finished, recall: 0.84 }, before).studyMet).toBe(false);
    expect(assignmentStatus(both, { ...finished, cards: 0, studied: 0 }, before).studyMet).toBe(false);
  });

  it("needs a quiz at the pass mark", () => {
    expect(assignmentStatus(both, { ...finished, bestQuizPercent: 79 }, before)).toMatchObject({
      status: "in-progress",
      quizMet: false,
    });
    expect(assignmentStatus(both, { ...finished, bestQuizPercent: null }, before).quizMet).toBe(false);
  });

  it("ignores the parts the rule does not require", () => {
    expect(
      assignmentStatus({ ...both, requireStudy: false }, { ...finished, studied: 0, recall: 0 }, before).status,
    ).toBe("done");
    expect(
      assignmentStatus({ ...both, requireQuiz: false }, { ...finished, bestQuizPercent: null }, before).status,
    ).toBe("done");
  });

  it("is overdue once the due date passed unfinished", () => {
    expect(assignmentStatus(both, { ...finished, bestQuizPercent: 50 }, after).status).toBe("overdue");
  });
});

describe("dueAtEndOf", () => {
  it("ends the chosen day in the lead's time zone", () => {
    expect(dueAtEndOf("2026-12-01", "Asia/Shanghai")).toEqual(new Date("2026-12-01T15:59:59.999Z"));
    expect(dueAtEndOf("2026-12-01", "America/New_York")).toEqual(new Date("2026-12-02T04:59:59.999Z"));
  });
});
