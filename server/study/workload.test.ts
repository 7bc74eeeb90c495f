import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_NEW_CARD_SECONDS, DEFAULT_REVIEW_SECONDS } from "@/lib/study/workload-simulation";
import { importSeedDeck } from "@/server/test/seed-deck";
import { seedUsers, useTempDatabase } from "@/server/test/fixtures";
import { gradeCard, studyQueue } from "./study-service";
import { learnerWorkload } from "./workload";

const now = new Date("2026-11-25T09:00:00Z");

describe("a learner's workload for Help me decide", () => {
  const temp = useTempDatabase();
  let deckId: string;
  let fresh: string;
  let timed: string;

  beforeAll(async () => {
    deckId = await importSeedDeck(temp.db, now);
    [fresh, timed] = await seedUsers(temp.db, ["fresh", "timed"], now);
    // Twenty-four new cards graded Easy, each answered in 5 s: into review, with times of their own.
    await studyQueue(temp.db, timed, deckId, now);
    const cards = await temp.db.userCard.findMany({ where: { userId: timed }, take: 24 });
    for (const [n, card] of cards.entries())
      await gradeCard(
        temp.db,
        timed,
        { clientReviewId: `r${n}`, userCardId: card.id, version: card.version, grade: "easy", durationMs: 5000 },
        now,
      );
  });

  it("is empty for a learner who has opened no deck, at the default times", async () => {
    const workload = await learnerWorkload(temp.db, fresh, now);
    expect(workload.cards).toBe(0);
    expect(workload.costs).toMatchObject({
      reviewSeconds: DEFAULT_REVIEW_SECONDS,
      newCardSeconds: DEFAULT_NEW_CARD_SECONDS,
    });
    expect(workload.grid.every((p) => p[90].reviewsPerDay === 0)).toBe(true);
  });

  it("simulates every retention of the grid on the learner's cards, at their own pace", async () => {
    const workload = await learnerWorkload(temp.db, timed, now);
    expect(workload.cards).toBeGreaterThan(24);
    // 5 s per answer, two learning steps (1m 10m): 10 s a new card; reviews still at the default.
    expect(workload.costs).toMatchObject({ reviewSeconds: DEFAULT_REVIEW_SECONDS, newCardSeconds: 10 });
    const [low, high] = [workload.grid[0]!, workload.grid.at(-1)!];
    expect(low.retention).toBe(0.7);
    expect(high.retention).toBe(0.97);
    expect(high[90].reviewsPerDay).toBeGreaterThan(low[90].reviewsPerDay);
    expect(high[365].memorized).toBeGreaterThan(low[365].memorized);
    expect(await learnerWorkload(temp.db, timed, now)).toEqual(workload);
  });
});
