import { beforeAll, describe, expect, it } from "vitest";
import { gradeCard, learnerSettings, studyQueue } from "@/server/study/study-service";
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

  it("counts only live cards: none archived, none of an archived entry, even when studied", async () => {
    const [userId] = await seedUsers(temp.db, ["archiver"], now);
    const { cards: queue } = await studyQueue(temp.db, userId!, deckId, now);
    const entryOf = async (cardId: string) => (await temp.db.card.findUniqueOrThrow({ where: { id: cardId } })).entryId;
    const first = queue[0]!;
    const firstEntry = await entryOf(first.cardId);
    let second = queue[1]!;
    for (const card of queue) if ((await entryOf(card.cardId)) !== firstEntry) second = card;
    const secondEntry = await entryOf(second.cardId);
    expect(secondEntry).not.toBe(firstEntry);
    for (const [i, card] of [first, second].entries())
      await gradeCard(
        temp.db,
        userId!,
        { clientReviewId: `a${i}`, userCardId: card.userCardId, version: card.version, grade: "good" },
        now,
      );
    await temp.db.card.update({ where: { id: first.cardId }, data: { archivedAt: now } });
    await temp.db.entry.update({ where: { id: secondEntry }, data: { archivedAt: now } });
    const live = await temp.db.card.count({ where: { archivedAt: null, entry: { deckId, archivedAt: null } } });
    const settings = { ...(await learnerSettings(temp.db, userId!)), newPerDay: 1000 };
    const counts = (await deckTodayCounts(temp.db, userId!, [deckId], now, settings)).get(deckId);
    // Two first looks today; every live card is new, and the two studied cards are gone with what was archived.
    expect(counts).toEqual({ new: live, learning: 0, due: 0 });
  });
});
