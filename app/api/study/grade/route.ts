import { gradeRequestSchema } from "@/lib/study/requests";
import { db } from "@/server/db/client";
import { withLearner } from "@/server/study/http";
import { gradeCard } from "@/server/study/study-service";

const statusOf = { "not-found": 404, stale: 409, suspended: 409 } as const;

/** POST a grade. Idempotent by clientReviewId; 409 when the card changed since the browser loaded it. */
export async function POST(request: Request) {
  return withLearner(request, gradeRequestSchema, async (userId, input) => {
    const outcome = await gradeCard(db, userId, input, new Date());
    return Response.json(outcome, { status: outcome.ok ? 200 : statusOf[outcome.reason] });
  });
}
