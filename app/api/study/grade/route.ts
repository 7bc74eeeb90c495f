import { after } from "next/server";
import { gradeRequestSchema } from "@/lib/study/requests";
import { db } from "@/server/db/client";
import { optimizeIfDue } from "@/server/study/fsrs-parameters";
import { withLearner } from "@/server/study/http";
import { gradeCard } from "@/server/study/study-service";
import { recordCompletionsAfterGrade } from "@/server/teams/completions";

const statusOf = { "not-found": 404, stale: 409, suspended: 409 } as const;

/** POST a grade. Idempotent by clientReviewId; 409 when the card changed since the browser loaded it. */
export async function POST(request: Request) {
  return withLearner(request, gradeRequestSchema, async (userId, input) => {
    const now = new Date();
    const outcome = await gradeCard(db, userId, input, now);
    // Whether the grade completed an assignment is worked out after the response, off the grade's path.
    if (outcome.ok && !outcome.replayed) {
      after(() => recordCompletionsAfterGrade(db, userId, input.userCardId, now));
      // Enough new reviews start a fit of the learner's FSRS parameters, in a worker thread.
      after(() => optimizeIfDue(db, userId, now));
    }
    return Response.json(outcome, { status: outcome.ok ? 200 : statusOf[outcome.reason] });
  });
}
