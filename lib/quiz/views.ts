// What the quiz pages receive. A question's feedback (and with it the right option and the
// explanation) is null until the learner has answered it.
import type { QuizScore } from "./scoring";

export type AttemptKind = "quiz" | "retry" | "missed";

export const attemptKind = (stored: string): AttemptKind =>
  stored === "retry" || stored === "missed" ? stored : "quiz";

export type AnswerFeedback = { choice: number; correctChoice: number; correct: boolean; explanation: string };

export type QuizQuestionView = {
  questionId: string;
  entryId: string;
  stem: string;
  options: string[];
  feedback: AnswerFeedback | null;
};

/** What every view of an attempt says about it: which deck and topic, and when. */
type AttemptHeader = {
  id: string;
  /** quiz: a deck or topic quiz; retry and missed: a few questions again, not a score to compare with quizzes. */
  kind: AttemptKind;
  deck: { slug: string; title: string; language: string };
  topic: string | null;
  startedAt: Date;
  finishedAt: Date | null;
};

export type AttemptView = AttemptHeader & { questions: QuizQuestionView[]; score: QuizScore };

export type AttemptSummary = AttemptHeader & { questionCount: number; correctCount: number; answered: number };

export type MissedQuestion = {
  questionId: string;
  stem: string;
  misses: number;
  deckId: string;
  deckSlug: string;
  deckTitle: string;
  language: string;
  entryId: string;
  optionCount: number;
};
