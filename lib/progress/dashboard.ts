// The shape of a learner's progress dashboard: plain, serializable data for the page and charts.
import type { DayKey } from "./day-keys";
import type { ReviewHeatmap } from "./heatmap";
import type { Mastery } from "./mastery";
import type { TrueRetention } from "./retention";
import type { AttemptKind, MissedQuestion } from "@/lib/quiz/views";

export type DeckMastery = Mastery & { slug: string; title: string; language: string; topics: Mastery[] };

export type QuizPoint = {
  attemptId: string;
  kind: AttemptKind;
  finishedAt: string;
  deckTitle: string;
  topic: string | null;
  correct: number;
  total: number;
  percent: number;
};

export type ProgressDashboard = {
  today: {
    day: DayKey;
    dueNow: number;
    newAvailable: number;
    reviewedToday: number;
    streak: number;
    longestStreak: number;
    /** Decks the learner has not started, with their new cards (all of them), to start from here. */
    notStarted: { slug: string; title: string; language: string; newCards: number }[];
  };
  heatmap: ReviewHeatmap;
  /** `easy`: one of the learner's easy days, which the load balancer gives a lighter share. */
  forecast: { day: DayKey; count: number; easy: boolean }[];
  retention: { last7: TrueRetention; last30: TrueRetention; desired: number };
  mastery: { overall: Mastery; decks: DeckMastery[] };
  quizzes: { points: QuizPoint[]; missed: MissedQuestion[] };
};
