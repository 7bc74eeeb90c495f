import { beforeAll, describe, expect, it } from "vitest";
import { gradeCard, studyQueue } from "@/server/study/study-service";
import { importSeedDeck } from "@/server/test/seed-deck";
import { seedUsers, useTempDatabase } from "@/server/test/fixtures";
import { deckTodayCounts } from "./today";

const now = new Date("2026-11-25T10:00:00Z");

describe("today's counts per deck", () => {
  const temp = useTempDatabase();
  let deckId: string;
  let cards: number;

  beforeAll(async () => {
    deckId = await importSeedDeck(temp.db, new Date("2026-11-01T00:00:00Z"));
    cards = await temp.db.card.count({ where: { archivedAt: null, entry: { deckId } } });
  });

  it("counts a deck the learner never opened as all new (up to the daily limit)", async () => {
    const [userId] = await seedUsers(temp.db, ["fresh"], now);
    expect((await deckTodayCounts(temp.db, userId!, [deckId], now)).get(deckId)).toEqual({
      new: Math.min(20, cards),
      learning: 0,
      due: 0,
    });
    expect(await temp.db.userCard.count({ where: { userId } })).toBe(0); // a read, never a write
  });

  it("takes today's first looks off the new cards and counts the learning ones", async () => {
    const [userId] = await seedUsers(temp.db, ["busy"], now);
    const { cards: queue } = await studyQueue(temp.db, userId!, deckId, now);
    for (const [i, card] of queue.slice(0, 3).entries())
      await gradeCard(
        temp.db,
        userId!,
        { clientReviewId: `t${i}`, userCardId: card.userCardId, version: card.version, grade: "good" },
        now,
      );
    expect((await deckTodayCounts(temp.db, userId!, [deckId], now)).get(deckId)).toEqual({
      new: 17,
      learning: 3,
      due: 0,
    });
  });
});
