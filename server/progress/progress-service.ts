// A learner's progress, aggregated in the database (reviews are counted per study day and grade,
// never loaded one by one) and summarized by the pure functions in lib/progress.
import { shiftDayKey, studyDayKey } from "@/lib/progress/day-keys";
import type { DeckMastery, ProgressDashboard, QuizPoint } from "@/lib/progress/dashboard";
import { dueForecast } from "@/lib/progress/forecast";
import { reviewHeatmap } from "@/lib/progress/heatmap";
import { mastery, overallMastery } from "@/lib/progress/mastery";
import { trueRetention } from "@/lib/progress/retention";
import { currentStreak, longestStreak } from "@/lib/progress/streak";
import type { CardStateName, MemoryState } from "@/lib/study/scheduling";
import { studyDay } from "@/lib/study/study-day";
import type { Database } from "@/server/db/connection";
import { questionsKeptMissing } from "@/server/quiz/quiz-service";
import { ensureUserCards, learnerSettings } from "@/server/study/study-service";

const FORECAST_DAYS = 30;
const HEATMAP_DAYS = 365;

export async function progressDashboard(db: Database, userId: string, now: Date): Promise<ProgressDashboard> {
  const settings = await learnerSettings(db, userId);
  const today = studyDayKey(now, settings.timeZone, settings.dayStartHour);
  const day = studyDay(now, settings.timeZone, settings.dayStartHour);
  const forecastEnd = new Date(day.end.getTime() + (FORECAST_DAYS + 1) * 86_400_000);

  // A quiz can give a learner one card of a deck; the dashboard counts the whole deck.
  const started = await db.userCard.groupBy({ by: ["deckId"], where: { userId, card: { archivedAt: null } }, _count: { _all: true } });
  for (const { deckId, _count } of started) {
    const live = await db.card.count({ where: { archivedAt: null, entry: { deckId, archivedAt: null } } });
    if (live !== _count._all) await ensureUserCards(db, userId, deckId, now);
  }

  const [perDay, week, month, cards, newToday, quizPoints, missed] = await Promise.all([
    db.reviewLog.groupBy({ by: ["studyDay"], where: { userId }, _count: { _all: true } }),
    retentionSince(db, userId, shiftDayKey(today, -6)),
    retentionSince(db, userId, shiftDayKey(today, -29)),
    learnerCards(db, userId),
    db.reviewLog.groupBy({ by: ["deckId"], where: { userId, studyDay: today, stateBefore: "new" }, _count: { _all: true } }),
    quizHistoryPoints(db, userId),
    questionsKeptMissing(db, userId),
  ]);

  const days = perDay.map((d) => ({ day: d.studyDay, count: d._count._all }));
  const studyDays = days.map((d) => d.day);
  const live = cards.filter((c) => !c.suspended);
  const newByDeck = new Map<string, number>();
  for (const card of live) if (card.state === "new") newByDeck.set(card.deckId, (newByDeck.get(card.deckId) ?? 0) + 1);
  const newDoneByDeck = new Map(newToday.map((r) => [r.deckId, r._count._all]));
  const newAvailable = [...newByDeck].reduce((sum, [deckId, count]) => sum + Math.min(count, Math.max(0, settings.newPerDay - (newDoneByDeck.get(deckId) ?? 0))), 0);

  return {
    today: {
      day: today,
      dueNow: live.filter((c) => c.state !== "new" && c.due <= now).length,
      newAvailable,
      reviewedToday: days.find((d) => d.day === today)?.count ?? 0,
      streak: currentStreak(studyDays, today),
      longestStreak: longestStreak(studyDays),
    },
    heatmap: reviewHeatmap(days, today, HEATMAP_DAYS),
    forecast: dueForecast(live.filter((c) => c.state !== "new" && c.due < forecastEnd).map((c) => c.due), now, settings.timeZone, settings.dayStartHour, FORECAST_DAYS),
    retention: { last7: week, last30: month, desired: settings.desiredRetention },
    mastery: { overall: overallMastery(cards, now, settings), decks: deckMastery(cards, now, settings) },
    quizzes: { points: quizPoints, missed },
  };
}

async function retentionSince(db: Database, userId: string, fromDay: string) {
  const rows = await db.reviewLog.groupBy({ by: ["grade"], where: { userId, studyDay: { gte: fromDay }, stateBefore: "review" }, _count: { _all: true } });
  return trueRetention(rows.map((r) => ({ grade: r.grade, count: r._count._all })));
}

type LearnerCard = MemoryState & { deckId: string; entryId: string; suspended: boolean; deck: { slug: string; title: string; language: string }; topic: string | null };

/** The learner's card states in live decks: one row per card (thousands), never per review. */
async function learnerCards(db: Database, userId: string): Promise<LearnerCard[]> {
  const rows = await db.userCard.findMany({
    where: { userId, card: { archivedAt: null, entry: { archivedAt: null, deck: { archivedAt: null } } } },
    select: {
      deckId: true, entryId: true, suspended: true, state: true, due: true, stability: true, difficulty: true, scheduledDays: true, learningSteps: true, reps: true, lapses: true, lastReview: true,
    },
  });
  const deckIds = [...new Set(rows.map((r) => r.deckId))];
  const [decks, entries] = await Promise.all([
    db.deck.findMany({ where: { id: { in: deckIds } }, select: { id: true, slug: true, title: true, language: true } }),
    db.entry.findMany({ where: { deckId: { in: deckIds }, archivedAt: null, topic: { not: null } }, select: { id: true, topic: true } }),
  ]);
  const deckById = new Map(decks.map((d) => [d.id, { slug: d.slug, title: d.title, language: d.language }]));
  const topicByEntry = new Map(entries.map((e) => [e.id, e.topic]));
  return rows.map((r) => ({ ...r, state: r.state as CardStateName, deck: deckById.get(r.deckId)!, topic: topicByEntry.get(r.entryId) ?? null }));
}

function deckMastery(cards: LearnerCard[], now: Date, settings: Parameters<typeof mastery>[2]): DeckMastery[] {
  const byDeck = new Map<string, LearnerCard[]>();
  for (const card of cards) {
    const members = byDeck.get(card.deckId);
    if (members) members.push(card);
    else byDeck.set(card.deckId, [card]);
  }
  return [...byDeck.values()]
    .map((deckCards) => {
      const { deck } = deckCards[0]!;
      const topics = mastery(deckCards.filter((c) => c.topic).map((c) => ({ ...c, group: c.topic! })), now, settings);
      return { ...mastery(deckCards.map((c) => ({ ...c, group: deck.title })), now, settings)[0]!, ...deck, topics };
    })
    .sort((a, b) => a.title.localeCompare(b.title, "en"));
}

async function quizHistoryPoints(db: Database, userId: string): Promise<QuizPoint[]> {
  const rows = await db.quizAttempt.findMany({
    where: { userId, finishedAt: { not: null } },
    orderBy: { finishedAt: "desc" },
    take: 100,
    select: { id: true, finishedAt: true, topic: true, correctCount: true, questionCount: true, deck: { select: { title: true } } },
  });
  return rows.reverse().map((r) => ({
    attemptId: r.id,
    finishedAt: r.finishedAt!.toISOString(),
    deckTitle: r.deck.title,
    topic: r.topic,
    correct: r.correctCount,
    total: r.questionCount,
    percent: Math.round((r.correctCount / r.questionCount) * 100),
  }));
}
