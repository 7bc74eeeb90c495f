import { beforeAll, describe, expect, it } from "vitest";
import { gradeCard, studyQueue, undoReview } from "@/server/study/study-service";
import { importSeedDeck } from "@/server/test/seed-deck";
import { seedUsers, useTempDatabase } from "@/server/test/fixtures";

const now = new Date("2026-11-25T01:00:00Z");
const hoursLater = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

// ReviewDay is kept by triggers on ReviewLog: whatever writes or removes reviews, it must agree
// with counting the reviews themselves.
describe("reviews counted per study day", () => {
  const temp = useTempDatabase();
  let deckId: string;
  let userId: string;
  let other: string;

  const counted = async (user: string) =>
    Object.fromEntries(
      (await temp.db.reviewDay.groupBy({ by: ["studyDay"], where: { userId: user }, _sum: { count: true } }))
        .filter((d) => d._sum.count! > 0)
        .map((d) => [d.studyDay, d._sum.count]),
    );
  const recounted = async (user: string) =>
    Object.fromEntries(
      (await temp.db.reviewLog.groupBy({ by: ["studyDay"], where: { userId: user }, _count: { _all: true } })).map(
        (d) => [d.studyDay, d._count._all],
      ),
    );
  const grade = async (user: string, at: Date, clientReviewId: string, index = 0) => {
    const card = (await studyQueue(temp.db, user, deckId, at)).cards[index]!;
    const input = { clientReviewId, userCardId: card.userCardId, version: card.version, grade: "good" as const };
    expect((await gradeCard(temp.db, user, input, at)).ok).toBe(true);
    return input;
  };

  beforeAll(async () => {
    deckId = await importSeedDeck(temp.db, now);
    [userId, other] = await seedUsers(temp.db, ["days", "other"], now);
  });

  it("counts each grade once on its study day, a retried grade included", async () => {
    const first = await grade(userId, now, "a");
    await grade(userId, now, "b", 1);
    await grade(userId, hoursLater(30), "c", 2);
    await grade(other, now, "a");
    // The same grade sent again (a retry) is answered from the first and writes no second review.
    await gradeCard(temp.db, userId, first, now);
    const days = await counted(userId);
    expect(Object.values(days)).toEqual([2, 1]);
    expect(days).toEqual(await recounted(userId));
    expect(Object.values(await counted(other))).toEqual([1]);
  });

  it("uncounts an undone grade and the reviews of a card that is deleted", async () => {
    expect((await undoReview(temp.db, userId, "c", hoursLater(30))).ok).toBe(true);
    expect(Object.values(await counted(userId))).toEqual([2]);
    const log = await temp.db.reviewLog.findFirstOrThrow({ where: { userId, clientReviewId: "b" } });
    await temp.db.userCard.delete({ where: { id: log.userCardId } });
    expect(Object.values(await counted(userId))).toEqual([1]);
    expect(await counted(userId)).toEqual(await recounted(userId));
  });

  it("goes with the learner's account", async () => {
    await temp.db.user.delete({ where: { id: other } });
    expect(await temp.db.reviewDay.count({ where: { userId: other } })).toBe(0);
  });
});
