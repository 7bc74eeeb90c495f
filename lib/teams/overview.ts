// A lead's overview of every assignment: how many members are done, in progress or overdue, and
// who is behind, from progress figures the database has already summed per member.
import { assignmentStatus, type AssignmentStatus, type CompletionRule, type MemberProgress } from "./completion";

export type PacedRule = CompletionRule & { createdAt: Date };

/**
 * How far along a member is, 0 to 1: the mean of the required parts, studying (cards studied, and
 * recall towards the target) and the quiz (best score towards the pass mark).
 */
export function progressShare(rule: CompletionRule, progress: MemberProgress): number {
  const parts: number[] = [];
  if (rule.requireStudy) {
    const studied = progress.cards > 0 ? Math.min(1, progress.studied / progress.cards) : 0;
    const recall = rule.minRecall > 0 ? Math.min(1, progress.recall / rule.minRecall) : 1;
    parts.push((studied + recall) / 2);
  }
  if (rule.requireQuiz)
    parts.push(rule.passPercent > 0 ? Math.min(1, (progress.bestQuizPercent ?? 0) / rule.passPercent) : 1);
  return parts.length === 0 ? 1 : parts.reduce((a, b) => a + b, 0) / parts.length;
}

/** Share of the time from the assignment's creation to its due date that has passed, 0 to 1. */
export function elapsedShare(rule: PacedRule, now: Date): number {
  const span = rule.dueAt.getTime() - rule.createdAt.getTime();
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, (now.getTime() - rule.createdAt.getTime()) / span));
}

export type MemberStanding = { status: AssignmentStatus; behind: boolean };

/** How far a member may trail the time gone by before counting as behind (nobody is behind the minute it is assigned). */
export const PACE_SLACK = 0.1;

/**
 * Overdue members are behind; so is a member in progress who has done less than the share of time
 * gone by, less the slack.
 */
export function memberStanding(rule: PacedRule, progress: MemberProgress, now: Date): MemberStanding {
  const { status } = assignmentStatus(rule, progress, now);
  if (status !== "in-progress") return { status, behind: status === "overdue" };
  return { status, behind: progressShare(rule, progress) < elapsedShare(rule, now) - PACE_SLACK };
}

export type StatusCounts = Record<AssignmentStatus, number>;

export function countStatuses(standings: MemberStanding[]): StatusCounts {
  const counts: StatusCounts = { done: 0, "in-progress": 0, overdue: 0 };
  for (const s of standings) counts[s.status] += 1;
  return counts;
}
