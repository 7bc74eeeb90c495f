import { beforeAll, describe, expect, it } from "vitest";
import { importSeedDeck } from "@/server/test/seed-deck";
import { seedUsers, useTempDatabase } from "@/server/test/fixtures";
import { onPostgres } from "@/server/test/temp-database";
import { balanceRange } from "@/lib/study/load-balancer";
import { applyGrade, type MemoryState } from "@/lib/study/scheduling";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/study/settings";
import { gradeCard, learnerSettings, saveLearnerSettings, studyQueue, undoReview } from "./study-service";

const now = new Date("2026-11-25T09:00:00Z");
const DAY = 86_400_000;
const inDays = (days: number) => new Date(now.getTime() + days * DAY);

/** A card in review, last seen 10 days ago: "good" sends it about a month out, into a fuzz range of several days. */
const reviewCard = {
  state: "review",
  stability: 12,
  difficulty: 5,
  scheduledDays: 10,
  learningSteps: 0,
  reps: 4,
  lapses: 0,
  lastReview: inDays(-10),
  due: now,
  version: 3,
} as const;

describe("load balancing on the grade path", () => {
  const temp = useTempDatabase();
  let deckId: string;

  beforeAll(async () => {
    deckId = await importSeedDeck(temp.db, now);
  });

  /** A learner with one review card to grade and every other card of the deck due on `loadedDay` (days from now). */
  async function learnerWithLoad(name: string, loadBalancing: boolean, loadedDay: number | null) {
    const [userId] = await seedUsers(temp.db, [name], now);
    await saveLearnerSettings(temp.db, userId!, { ...DEFAULT_STUDY_SETTINGS, loadBalancing }, now);
    await studyQueue(temp.db, userId!, deckId, now);
    const [card, ...others] = await temp.db.userCard.findMany({ where: { userId }, orderBy: { id: "asc" } });
    await temp.db.userCard.update({ where: { id: card!.id }, data: reviewCard });
    if (loadedDay !== null)
      await temp.db.userCard.updateMany({
        where: { id: { in: others.map((c) => c.id) } },
        data: { ...reviewCard, due: inDays(loadedDay) },
      });
    return { userId: userId!, userCardId: card!.id, loaded: others.length };
  }

  const own = () => applyGrade(reviewCard as unknown as MemoryState, now, "good", DEFAULT_LEARNER);
  let DEFAULT_LEARNER: Awaited<ReturnType<typeof learnerSettings>>;
  beforeAll(async () => {
    DEFAULT_LEARNER = await learnerSettings(temp.db, "nobody");
  });

  it("keeps ts-fsrs's own interval when load balancing is off", async () => {
    const { userId, userCardId } = await learnerWithLoad("off", false, null);
    const days = own().after.scheduledDays;
    expect(days).toBeGreaterThan(5);
    const outcome = await gradeCard(
      temp.db,
      userId,
      { clientReviewId: "off-1", userCardId, version: 3, grade: "good" },
      now,
    );
    expect(outcome.ok).toBe(true);
    expect(await temp.db.userCard.findUniqueOrThrow({ where: { id: userCardId } })).toMatchObject({
      scheduledDays: days,
      due: inDays(days),
    });
  });

  it("moves the card off a day that is already loaded, within the fuzz range, and undo restores it", async () => {
    const days = own().after.scheduledDays;
    const { userId, userCardId, loaded } = await learnerWithLoad("on", true, days);
    expect(loaded).toBeGreaterThan(10);
    const before = await temp.db.userCard.findUniqueOrThrow({ where: { id: userCardId } });
    const outcome = await gradeCard(
      temp.db,
      userId,
      { clientReviewId: "on-1", userCardId, version: 3, grade: "good" },
      now,
    );
    expect(outcome.ok).toBe(true);
    const graded = await temp.db.userCard.findUniqueOrThrow({ where: { id: userCardId } });
    expect(graded.scheduledDays).not.toBe(days);
    const range = balanceRange(days, 10, 36500)!;
    expect(graded.scheduledDays).toBeGreaterThanOrEqual(range.min);
    expect(graded.scheduledDays).toBeLessThanOrEqual(range.max);
    expect(graded.due).toEqual(inDays(graded.scheduledDays));
    // The memory state is ts-fsrs's: only the day moved.
    expect(graded.stability).toBeCloseTo(own().after.stability, 10);
    const log = await temp.db.reviewLog.findFirstOrThrow({ where: { clientReviewId: "on-1" } });
    expect(log).toMatchObject({ scheduledDaysAfter: graded.scheduledDays, dueAfter: graded.due });

    expect((await undoReview(temp.db, userId, "on-1", inDays(0.001))).ok).toBe(true);
    const undone = await temp.db.userCard.findUniqueOrThrow({ where: { id: userCardId } });
    const memory = ({ state, stability, difficulty, scheduledDays, reps, lapses, lastReview }: typeof before) => ({
      state,
      stability,
      difficulty,
      scheduledDays,
      reps,
      lapses,
      lastReview,
    });
    expect(memory(undone)).toEqual(memory(before));
  });

  it.skipIf(onPostgres)("counts the due cards from the (user, due) index", async () => {
    const plan = await temp.db.$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN SELECT COUNT(*) FROM "UserCard" uc WHERE uc."userId" = ? AND uc."due" >= ? AND uc."due" < ? AND uc."state" <> 'new'`,
      "u",
      now.toISOString(),
      inDays(3).toISOString(),
    );
    expect(plan.map((p) => p.detail).join(" ")).toMatch(/UserCard_userId_due_idx/);
  });
});
