// A learner's own review history, read a page at a time in (reviewedAt, id) order so that a history
// of hundreds of thousands of reviews is never held in memory or read in one long query.
import type { HistoryReview } from "@/lib/interop/review-history";
import type { CardStateName, GradeName } from "@/lib/study/scheduling";
import type { Database } from "@/server/db/connection";
import { yieldToEventLoop } from "@/server/db/yield";

export const REVIEWS_PER_PAGE = 1000;

/** Pages of the user's reviews, oldest first; none is empty. */
export async function* reviewHistoryPages(
  db: Database,
  userId: string,
  pageSize = REVIEWS_PER_PAGE,
): AsyncGenerator<HistoryReview[]> {
  let after: { reviewedAt: Date; id: string } | undefined;
  for (;;) {
    const rows = await db.reviewLog.findMany({
      where: {
        userId,
        ...(after && {
          OR: [{ reviewedAt: { gt: after.reviewedAt } }, { reviewedAt: after.reviewedAt, id: { gt: after.id } }],
        }),
      },
      orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
      take: pageSize,
      select: {
        id: true,
        reviewedAt: true,
        grade: true,
        stateBefore: true,
        durationMs: true,
        userCard: { select: { cardId: true } },
      },
    });
    if (rows.length === 0) return;
    yield rows.map((row) => ({
      cardId: row.userCard.cardId,
      reviewedAt: row.reviewedAt,
      grade: row.grade as GradeName,
      stateBefore: row.stateBefore as CardStateName,
      durationMs: row.durationMs,
    }));
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!;
    await yieldToEventLoop();
  }
}
