import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion, attemptView, startAttempt } from "@/server/quiz/quiz-service";
import { gradeCard, saveLearnerSettings, studyQueue } from "@/server/study/study-service";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/study/settings";
import { importSeedDeck } from "@/server/test/seed-deck";
import { rightChoice, seedUsers, useTempDatabase } from "@/server/test/fixtures";
import { progressDashboard } from "./progress-service";

// 09:00 in Shanghai on 2026-11-25; the learner's day starts at 04:00 there.
const now = new Date("2026-11-25T01:00:00Z");
const daysAgo = (days: number, hours = 0) => new Date(now.getTime() - days * 86_400_000 + hours * 3_600_000);

describe("progress dashboard", () => {
  const temp = useTempDatabase();
  let deckId: string;
  let userId: string;

  beforeAll(async () => {
    deckId = await importSeedDeck(temp.db, daysAgo(30));
    [userId] = await seedUsers(temp.db, ["p"], daysAgo(30));
    await saveLearnerSettings(temp.db, userId, { ...DEFAULT_STUDY_SETTINGS, timeZone: "Asia/Shanghai" }, daysAgo(30));

    // Three days ago, yesterday (at 02:00 local, which belongs to the day before) and today.
    let n = 0;
    const study = async (at: Date, count: number, grade: "good" | "easy") => {
      const { cards } = await studyQueue(temp.db, userId, deckId, at);
      for (const card of cards.slice(0, count))
        await gradeCard(
          temp.db,
          userId,
          { clientReviewId: `r${n++}`, userCardId: card.userCardId, version: card.version, grade },
          at,
        );
    };
    await study(daysAgo(3), 4, "easy");
    await study(daysAgo(1), 2, "easy");
    await study(daysAgo(0, -6), 1, "easy"); // 03:00 local today: still yesterday's study day
    await study(now, 3, "good");
  });

  it("counts today's reviews, the streak and the reviews per study day", async () => {
    const data = await progressDashboard(temp.db, userId, now);
    expect(data.today).toMatchObject({ day: "2026-11-25", reviewedToday: 3, streak: 2, longestStreak: 2, dueNow: 0 });
    expect(data.today.newAvailable).toBe(20 - 3);
    expect(data.heatmap.days).toHaveLength(365);
    expect(data.heatmap.days.filter((d) => d.count > 0)).toEqual([
      expect.objectContaining({ day: "2026-11-22", count: 4 }),
      expect.objectContaining({ day: "2026-11-24", count: 3 }),
      expect.objectContaining({ day: "2026-11-25", count: 3 }),
    ]);
    expect(data.heatmap.total).toBe(10);
  });

  it("forecasts the cards that come due, with today's learning cards on today", async () => {
    const data = await progressDashboard(temp.db, userId, now);
    expect(data.forecast).toHaveLength(30);
    expect(data.forecast[0]).toEqual({ day: "2026-11-25", count: 3, easy: false });
    expect(data.forecast.reduce((sum, d) => sum + d.count, 0)).toBe(10);
  });

  it("measures true retention on review-state cards only, and mastery per deck", async () => {
    const data = await progressDashboard(temp.db, userId, now);
    expect(data.retention.last30).toEqual({ reviews: 0, passed: 0, rate: null });
    expect(data.retention.desired).toBe(0.9);
    const [deck] = data.mastery.decks;
    const cards = await temp.db.card.count({ where: { archivedAt: null } });
    expect(deck).toMatchObject({ slug: "ebpf", cards, studied: 10, mastered: 0 });
    // Recall over all the deck's cards: 10 studied well, the rest counting 0.
    expect(deck!.averageRecall).toBeGreaterThan((10 / cards) * 0.8);
    expect(deck!.averageRecall).toBeLessThanOrEqual(10 / cards);
    expect(data.mastery.overall.cards).toBe(cards);
  });

  it("lists the questions missed in two attempts", async () => {
    const missOnce = async (clientAttemptId: string) => {
      const started = await startAttempt(temp.db, userId, { deckId, size: "all", clientAttemptId }, now);
      if (!started.ok) throw new Error("not started");
      const view = (await attemptView(temp.db, userId, started.attemptId))!;
      const target = view.questions.find((q) => q.entryId === "ebpf/3fc6ae6a656c")!;
      const right = await rightChoice(temp.db, target.questionId, target.options);
      await answerQuestion(
        temp.db,
        userId,
        { attemptId: started.attemptId, questionId: target.questionId, choice: (right + 1) % target.options.length },
        now,
      );
      return target.questionId;
    };
    const questionId = await missOnce("00000000-0000-4000-8000-000000000001");
    expect((await progressDashboard(temp.db, userId, now)).quizzes.missed).toEqual([]);
    await missOnce("00000000-0000-4000-8000-000000000002");
    expect((await progressDashboard(temp.db, userId, now)).quizzes.missed).toEqual([
      expect.objectContaining({ questionId, misses: 2, deckSlug: "ebpf" }),
    ]);
  });

  it("leaves out archived cards and decks the learner can no longer see", async () => {
    const before = await progressDashboard(temp.db, userId, now);
    const studied = await temp.db.userCard.findFirstOrThrow({
      where: { userId, state: "learning" },
      select: { cardId: true },
    });
    await temp.db.card.update({ where: { id: studied.cardId }, data: { archivedAt: now } });
    const after = await progressDashboard(temp.db, userId, now);
    expect(after.mastery.overall).toMatchObject({
      cards: before.mastery.overall.cards - 1,
      studied: before.mastery.overall.studied - 1,
    });
    expect(after.forecast[0]!.count).toBe(before.forecast[0]!.count - 1);

    await temp.db.deck.update({ where: { id: deckId }, data: { archivedAt: now } });
    const archived = await progressDashboard(temp.db, userId, now);
    expect(archived.mastery.decks).toEqual([]);
    expect(archived.today).toMatchObject({ dueNow: 0, newAvailable: 0, reviewedToday: 3 }); // history stays
    expect(archived.forecast.every((d) => d.count === 0)).toBe(true);
  });
});
