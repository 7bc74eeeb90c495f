import { after } from "next/server";
import { gradeRequestSchema } from "@/lib/study/requests";
import { db } from "@/server/db/client";
import { optimizeIfDue } from "@/server/study/fsrs-parameters";
import { withLearner } from "@/server/study/http";
import { gradeCard } from "@/server/study/study-service";
import { recordCompletions } from "@/server/teams/completions";

const statusOf = { "not-found": 404, stale: 409, suspended: 409 } as const;

// Whether a fit of the learner's FSRS parameters is due is checked every so many of their grades on
// this server, not at every one: a fit waits for hundreds of new reviews, so a late check costs nothing.
const GRADES_BETWEEN_FIT_CHECKS = 25;
const gradesSinceFitCheck = new Map<string, number>();

/** POST a grade. Idempotent by clientReviewId; 409 when the card changed since the browser loaded it. */
export async function POST(request: Request) {
  return withLearner(request, gradeRequestSchema, async (userId, input) => {
    const now = new Date();
    const outcome = await gradeCard(db, userId, input, now);
    // Whether the grade completed an assignment is worked out after the response, off the grade's path.
    if (outcome.ok && !outcome.replayed) {
      if (outcome.assignmentOpen) after(() => recordCompletions(db, userId, outcome.deckId, "grade", now));
      if (fitCheckDue(userId)) after(() => optimizeIfDue(db, userId, now));
    }
    return Response.json(outcome, { status: outcome.ok ? 200 : statusOf[outcome.reason] });
  });
}

function fitCheckDue(userId: string): boolean {
  const grades = (gradesSinceFitCheck.get(userId) ?? GRADES_BETWEEN_FIT_CHECKS - 1) + 1;
  const due = grades >= GRADES_BETWEEN_FIT_CHECKS;
  gradesSinceFitCheck.delete(userId); // re-inserted last: the map forgets its least active learners first
  gradesSinceFitCheck.set(userId, due ? 0 : grades);
  if (gradesSinceFitCheck.size > 10_000) gradesSinceFitCheck.delete(gradesSinceFitCheck.keys().next().value!);
  return due;
}
