// Records when a member first completes an assignment, on the events that can complete one (a grade,
// a finished quiz), so that the time kept is when they met the rule and not when a lead looked.
import { completionToRecord } from "@/lib/teams/completion";
import type { Database } from "@/server/db/connection";
import { createOrFind } from "@/server/db/transaction";
import { assignedCardsWhere, assignedTo, assignmentSelect, memberProgress, type AssignmentRow } from "./assignments";

/** What happened: a grade can only complete rules that ask for study; a finished quiz, any rule. */
export type CompletionEvent = "grade" | "quiz";

/**
 * Checks the member's open assignments on the deck (assigned to them, not completed yet) and records
 * a first completion for each that the rule now marks done. Until every card is studied, that costs
 * two counts per open assignment.
 */
export async function recordCompletions(
  db: Database,
  userId: string,
  deckId: string,
  event: CompletionEvent,
  now: Date,
): Promise<string[]> {
  const open = await db.assignment.findMany({
    where: openAssignments(userId, deckId, event),
    select: assignmentSelect,
  });
  if (open.length === 0) return [];
  const recorded: string[] = [];
  for (const assignment of open) {
    if (assignment.requireStudy && !(await studiedEveryCard(db, userId, assignment))) continue;
    const progress = (await memberProgress(db, assignment, [userId], now)).get(userId)!;
    const completedAt = completionToRecord(assignment, progress, null, now);
    if (!completedAt) continue;
    const key = { assignmentId: assignment.id, userId };
    // Two grades at once may both find it open: the first insert wins and its time is kept.
    await createOrFind(
      () => db.assignmentCompletion.create({ data: { ...key, completedAt } }),
      () => db.assignmentCompletion.findUniqueOrThrow({ where: { assignmentId_userId: key } }),
    );
    recorded.push(assignment.id);
  }
  return recorded;
}

/** The member's assignments on the deck that are not completed yet and that this event can complete. */
export function openAssignments(userId: string, deckId: string, event: CompletionEvent) {
  return {
    deckId,
    ...assignedTo(userId),
    completions: { none: { userId } },
    ...(event === "grade" ? { requireStudy: true } : {}),
  };
}

/** Whether the member has studied every card in the assignment: a cheap test before the recall is worked out. */
async function studiedEveryCard(db: Database, userId: string, assignment: AssignmentRow): Promise<boolean> {
  const assigned = assignedCardsWhere(assignment);
  const [cards, studied] = await Promise.all([
    db.card.count({ where: assigned }),
    db.userCard.count({ where: { userId, deckId: assignment.deck.id, card: assigned, state: { not: "new" } } }),
  ]);
  return cards > 0 && studied >= cards;
}
