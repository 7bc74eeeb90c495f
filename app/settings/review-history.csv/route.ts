import { REVIEW_HISTORY_HEADER, reviewHistoryRow } from "@/lib/interop/review-history";
import { toCsv } from "@/lib/teams/csv";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { reviewHistoryPages } from "@/server/interop/review-history";

/**
 * The signed-in learner's own reviews in the FSRS optimizer's CSV format, streamed a page at a time.
 * No byte order mark: the optimizer's tools read the header as written, and the file is ASCII.
 */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.\n", { status: 401 });
  const pages = reviewHistoryPages(db, user.id);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(encoder.encode(toCsv([REVIEW_HISTORY_HEADER]))),
    pull: async (controller) => {
      const page = await pages.next();
      if (page.done) controller.close();
      else controller.enqueue(encoder.encode(toCsv(page.value.map(reviewHistoryRow))));
    },
    cancel: async () => {
      await pages.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="review-history.csv"',
      "cache-control": "private, no-store",
    },
  });
}
