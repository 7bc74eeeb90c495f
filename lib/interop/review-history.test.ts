import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/teams/csv";
import { REVIEW_HISTORY_HEADER, reviewHistoryRow } from "./review-history";

describe("reviewHistoryRow", () => {
  it("numbers ratings 1–4 and states 0–3 as ts-fsrs does, with the time in Unix milliseconds", () => {
    const at = new Date("2026-11-25T09:00:00.123Z");
    const rows = [
      reviewHistoryRow({ cardId: "c1", reviewedAt: at, grade: "again", stateBefore: "new", durationMs: 4200 }),
      reviewHistoryRow({ cardId: "c1", reviewedAt: at, grade: "hard", stateBefore: "learning", durationMs: null }),
      reviewHistoryRow({ cardId: "c2", reviewedAt: at, grade: "good", stateBefore: "review", durationMs: 0 }),
      reviewHistoryRow({ cardId: "c2", reviewedAt: at, grade: "easy", stateBefore: "relearning", durationMs: 1 }),
    ];
    expect(toCsv([REVIEW_HISTORY_HEADER, ...rows])).toBe(
      "card_id,review_time,review_rating,review_state,review_duration\r\n" +
        "c1,1795597200123,1,0,4200\r\n" +
        "c1,1795597200123,2,1,\r\n" +
        "c2,1795597200123,3,2,0\r\n" +
        "c2,1795597200123,4,3,1\r\n",
    );
  });
});
