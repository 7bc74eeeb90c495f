// A learner's progress, aggregated in the database (reviews are counted per study day and grade,
// never loaded one by one) and summarized by the pure functions in lib/progress.
import { shiftDayKey } from "@/lib/progress/day-keys";
import type { DeckMastery, ProgressDashboard, QuizPoint } from "@/lib/progress/dashboard";
import { dueForecast, markEasyDays } from "@/lib/progress/forecast";
import { reviewHeatmap } from "@/lib/progress/heatmap";
import { MASTERED_STABILITY_DAYS, masteryOf } from "@/lib/progress/mastery";
import { trueRetention } from "@/lib/progress/retention";
import { currentStreak, longestStreak } from "@/lib/progress/streak";
import { studyDay, studyDayKey } from "@/lib/study/study-day";
import type { Database } from "@/server/db/connection";
import { independentQueries } from "@/server/db/yield";
import { questionsKeptMissing } from "@/server/quiz/quiz-service";
import { attemptKind } from "@/lib/quiz/views";
import { learnerSettings } from "@/server/study/study-service";
import { visibleDecksWhere, type DeckFilter } from "@/server/access/access";
import { cardGroups, dueHours, type CardGroup } from "./card-aggregates";

const FORECAST_DAYS = 30;
const HEATMAP_DAYS = 365;

export async function progressDashboard(db: Database, userId: string, now: Date): Promise<ProgressDashboard> {
  const settings = await learnerSettings(db, userId);
  const today = studyDayKey(now, settings.timeZone, settings.dayStartHour);
  const day = studyDay(now, settings.timeZone, settings.dayStartHour);
  const forecastEnd = new Date(day.end.getTime() + FORECAST_DAYS * 86_400_000 + 3_600_000);

  // Only decks the learner may see count: not archived ones, nor a team's after leaving it.
  const visible = visibleDecksWhere(userId);
  const visibleDecks = await db.deck.findMany({
    where: visible,
    select: { id: true, slug: true, title: true, language: true },
  });
  const visibleIds = new Set(visibleDecks.map((deck) => deck.id));

  const [days, week, month, allGroups, dueByHour, newToday, quizPoints, missed] = await independentQueries(db, [
    () => reviewsPerDay(db, userId),
    () => retentionSince(db, userId, shiftDayKey(today, -6)),
    () => retentionSince(db, userId, shiftDayKey(today, -29)),
    () => cardGroups(db, userId, now, MASTERED_STABILITY_DAYS),
    () => dueHours(db, userId, [...visibleIds], day.start, forecastEnd),
    // Today's first looks at new cards: at most a few hundred rows.
    () => db.reviewLog.findMany({ where: { userId, studyDay: today, stateBefore: "new" }, select: { deckId: true } }),
    () => quizHistoryPoints(db, userId, visible),
    () => questionsKeptMissing(db, userId),
  ]);

  const studyDays = days.map((d) => d.day);
  const groups = allGroups.filter((g) => visibleIds.has(g.deckId));
  // Card states are made when a deck is first studied: a deck not started yet has only new cards.
  const started = new Set(groups.map((g) => g.deckId));
  const unstarted = await Promise.all(
    visibleDecks
      .filter((deck) => !started.has(deck.id))
      .map(async (deck) => ({
        deckId: deck.id,
        topic: null,
        ...{ cards: await liveCardCount(db, deck.id), studied: 0, mastered: 0, recallSum: 0, dueNow: 0 },
        newCards: 0,
      })),
  );
  const fresh = unstarted.filter((g) => g.cards > 0).map((g) => ({ ...g, newCards: g.cards }));
  const decks = deckMastery(visibleDecks, [...groups, ...fresh]);
  const newDoneByDeck = new Map<string, number>();
  for (const { deckId } of newToday) newDoneByDeck.set(deckId, (newDoneByDeck.get(deckId) ?? 0) + 1);
  const newAvailable = decks.reduce(
    (sum, deck) =>
      sum + Math.min(deck.newCards, Math.max(0, settings.newPerDay - (newDoneByDeck.get(deck.deckId) ?? 0))),
    0,
  );

  return {
    today: {
      day: today,
      dueNow: groups.reduce((sum, g) => sum + g.dueNow, 0),
      newAvailable,
      reviewedToday: days.find((d) => d.day === today)?.count ?? 0,
      streak: currentStreak(studyDays, today),
      longestStreak: longestStreak(studyDays),
      notStarted: decks
        .filter((d) => !started.has(d.deckId) && d.newCards > 0)
        .map(({ mastery: m, newCards }) => ({ slug: m.slug, title: m.title, language: m.language, newCards })),
    },
    heatmap: reviewHeatmap(days, today, HEATMAP_DAYS),
    forecast: markEasyDays(
      dueForecast(
        dueByHour.map((h) => ({ at: new Date(day.start.getTime() + h.hour * 3_600_000), count: h.count })),
        now,
        settings.timeZone,
        settings.dayStartHour,
        FORECAST_DAYS,
      ),
      settings.loadBalancing ? settings.easyDays : [],
    ),
    retention: { last7: week, last30: month, desired: settings.desiredRetention },
    mastery: { overall: masteryOf("all", [...groups, ...fresh]), decks: decks.map((d) => d.mastery) },
    quizzes: { points: quizPoints, missed },
  };
}

const liveCardCount = (db: Database, deckId: string) =>
  db.card.count({ where: { archivedAt: null, entry: { deckId, archivedAt: null } } });

/** Days with reviews, from the counts the database keeps per day (a year of reviews is a few thousand rows, not 250 000). */
async function reviewsPerDay(db: Database, userId: string): Promise<{ day: string; count: number }[]> {
  const rows = await db.reviewDay.groupBy({
    by: ["studyDay"],
    where: { userId },
    _sum: { count: true },
    orderBy: { studyDay: "asc" },
  });
  return rows.map((d) => ({ day: d.studyDay, count: d._sum.count ?? 0 })).filter((d) => d.count > 0);
}

async function retentionSince(db: Database, userId: string, fromDay: string) {
  const rows = await db.reviewLog.groupBy({
    by: ["grade"],
    where: { userId, studyDay: { gte: fromDay }, stateBefore: "review" },
    _count: { _all: true },
  });
  return trueRetention(rows.map((r) => ({ grade: r.grade, count: r._count._all })));
}

/** Mastery per deck the learner has cards in and, within it, per topic (decks by title, topics by name). */
function deckMastery(
  decks: { id: string; slug: string; title: string; language: string }[],
  groups: CardGroup[],
): { deckId: string; newCards: number; mastery: DeckMastery }[] {
  return decks
    .map((deck) => ({ deck, own: groups.filter((g) => g.deckId === deck.id) }))
    .filter(({ own }) => own.length > 0)
    .map(({ deck, own }) => {
      const topics = own
        .filter((g) => g.topic !== null)
        .sort((a, b) => a.topic!.localeCompare(b.topic!, "en"))
        .map((g) => masteryOf(g.topic!, [g]));
      return {
        deckId: deck.id,
        newCards: own.reduce((n, g) => n + g.newCards, 0),
        mastery: { ...masteryOf(deck.title, own), slug: deck.slug, title: deck.title, language: deck.language, topics },
      };
    })
    .sort((a, b) => a.mastery.title.localeCompare(b.mastery.title, "en"));
}

async function quizHistoryPoints(db: Database, userId: string, visible: DeckFilter): Promise<QuizPoint[]> {
  const rows = await db.quizAttempt.findMany({
    where: { userId, deck: visible, finishedAt: { not: null } },
    orderBy: { finishedAt: "desc" },
    take: 100,
    select: {
      id: true,
      kind: true,
      finishedAt: true,
      topic: true,
      correctCount: true,
      questionCount: true,
      deck: { select: { title: true } },
    },
  });
  return rows.reverse().map((r) => ({
    attemptId: r.id,
    kind: attemptKind(r.kind),
    finishedAt: r.finishedAt!.toISOString(),
    deckTitle: r.deck.title,
    topic: r.topic,
    correct: r.correctCount,
    total: r.questionCount,
    percent: Math.round((r.correctCount / r.questionCount) * 100),
  }));
}
