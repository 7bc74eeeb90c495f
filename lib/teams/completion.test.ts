import { describe, expect, it } from "vitest";
import {
  assignmentStatus,
  completionSummary,
  completionToRecord,
  dueAtEndOf,
  memberStatus,
  type CompletionRule,
} from "./completion";

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

describe("first completion", () => {
  const studyOnly: CompletionRule = { ...both, requireQuiz: false };
  const decayed = { ...finished, recall: 0.6 };
  const firstDone = new Date("2026-11-29T08:00:00Z");

  it("is recorded at the moment the rule is first met", () => {
    expect(completionToRecord(studyOnly, finished, null, before)).toEqual(before);
    expect(completionToRecord(studyOnly, decayed, null, before)).toBeNull();
  });

  it("is kept forever: never recorded again, and the member stays done when recall decays", () => {
    expect(completionToRecord(studyOnly, finished, firstDone, before)).toBeNull();
    expect(memberStatus(studyOnly, decayed, firstDone, after)).toBe("done");
    expect(memberStatus(studyOnly, decayed, null, before)).toBe("in-progress");
    expect(memberStatus(studyOnly, decayed, null, after)).toBe("overdue");
  });

  it("counts done and overdue members for the summary line", () => {
    expect(completionSummary(["done", "overdue", "in-progress", "overdue"])).toEqual({
      done: 1,
      total: 4,
      overdue: 2,
    });
    expect(completionSummary([])).toEqual({ done: 0, total: 0, overdue: 0 });
  });
});
