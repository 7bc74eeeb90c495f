// Whether a member has completed an assignment, from their real study and quiz data.
import { TZDate } from "@date-fns/tz";

/** An assignment due on a calendar day ("YYYY-MM-DD") is due at the end of that day in the lead's time zone. */
export function dueAtEndOf(day: string, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 23, 59, 59, 999, timeZone).getTime());
}

export type CompletionRule = {
  requireStudy: boolean;
  minRecall: number;
  requireQuiz: boolean;
  passPercent: number;
  dueAt: Date;
};

export type MemberProgress = {
  /** Live cards in the assignment, and how many of them the member has studied at least once. */
  cards: number;
  studied: number;
  /** Mean predicted recall now over all assigned cards, never-studied ones counting 0. */
  recall: number;
  /** Best score (percent) of the member's finished quizzes on the assignment since it was made. */
  bestQuizPercent: number | null;
};

export type AssignmentStatus = "done" | "in-progress" | "overdue";

export function assignmentStatus(
  rule: CompletionRule,
  progress: MemberProgress,
  now: Date,
): { status: AssignmentStatus; studyMet: boolean; quizMet: boolean } {
  const studyMet =
    !rule.requireStudy ||
    (progress.cards > 0 && progress.studied >= progress.cards && progress.recall >= rule.minRecall);
  const quizMet =
    !rule.requireQuiz || (progress.bestQuizPercent !== null && progress.bestQuizPercent >= rule.passPercent);
  const status = studyMet && quizMet ? "done" : now.getTime() > rule.dueAt.getTime() ? "overdue" : "in-progress";
  return { status, studyMet, quizMet };
}

/**
 * A member's status with their recorded first completion: once done, always done (recall decaying
 * later shows as retention, not as lost completion); until then the rule is judged live.
 */
export function memberStatus(
  rule: CompletionRule,
  progress: MemberProgress,
  firstCompletedAt: Date | null,
  now: Date,
): AssignmentStatus {
  return firstCompletedAt ? "done" : assignmentStatus(rule, progress, now).status;
}

/** When to record a first completion: at `now` if the rule is met now and none was recorded before, else never again. */
export function completionToRecord(
  rule: CompletionRule,
  progress: MemberProgress,
  firstCompletedAt: Date | null,
  now: Date,
): Date | null {
  if (firstCompletedAt) return null;
  return assignmentStatus(rule, progress, now).status === "done" ? now : null;
}

/** The results page's summary line: how many of the assigned members are done, and how many are overdue. */
export function completionSummary(statuses: AssignmentStatus[]): { done: number; total: number; overdue: number } {
  return {
    done: statuses.filter((s) => s === "done").length,
    total: statuses.length,
    overdue: statuses.filter((s) => s === "overdue").length,
  };
}
