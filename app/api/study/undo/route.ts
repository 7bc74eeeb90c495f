import { undoRequestSchema } from "@/lib/study/requests";
import { db } from "@/server/db/client";
import { withLearner } from "@/server/study/http";
import { undoReview } from "@/server/study/study-service";

/** POST to undo the learner's latest grade of a card. */
export async function POST(request: Request) {
  return withLearner(request, undoRequestSchema, async (userId, { clientReviewId }) => {
    const outcome = await undoReview(db, userId, clientReviewId, new Date());
    return Response.json(outcome, { status: outcome.ok ? 200 : outcome.reason === "not-found" ? 404 : 409 });
  });
}
