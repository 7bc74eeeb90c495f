// The demo learner's quizzes: every week or so before a study session, on the eBPF deck or a part of
// the synthetic deck they have studied, now and then a retry of what they missed last time. Answers
// follow the learner's memory of the entry's basic card; some questions are just tricky for them.
import { seededRandom } from "../../lib/content/seeded-random";
import { planAttempt, type PlannedQuestion } from "../../lib/quiz/plan";
import type { QuizSize } from "../../lib/quiz/sizes";
import { recallProbability, type SchedulerSettings } from "../../lib/study/scheduling";
import { between, chance, logNormal, pick, seededUuid, type Random } from "./random";
import { bringBack, type SimulatedCard } from "./simulate-year";

/** A live question, listed in the order startAttempt reads them (entry position, then question position). */
export type QuizQuestion = {
  id: string;
  entryId: string;
  deckId: string;
  topic: string | null;
  optionCount: number;
  answerIndex: number;
};

export type SimulatedAnswer = { questionId: string; chosenIndex: number; correct: boolean; answeredAt: Date };

export type SimulatedAttempt = {
  deckId: string;
  topic: string | null;
  clientAttemptId: string;
  plan: PlannedQuestion[];
  startedAt: Date;
  finishedAt: Date | null;
  answers: SimulatedAnswer[];
};

type Options = {
  random: Random;
  seed: string;
  settings: SchedulerSettings;
  mainDeckId: string;
  syntheticDeckId: string;
};

export class QuizHistory {
  readonly attempts: SimulatedAttempt[] = [];
  #nextQuizDaysBack: number;
  #basicCards = new Map<string, SimulatedCard>();

  constructor(
    private readonly questions: QuizQuestion[],
    firstDaysBack: number,
    private readonly options: Options,
  ) {
    this.#nextQuizDaysBack = firstDaysBack - 3;
  }

  /** Runs before a study session: a quiz when one is due (about every nine days). */
  readonly beforeSession = (sessionStart: Date, daysBack: number, cards: readonly SimulatedCard[]): void => {
    if (daysBack > this.#nextQuizDaysBack || daysBack === 0) return;
    this.#nextQuizDaysBack = daysBack - Math.round(between(this.options.random, 6, 12));
    this.#index(cards);
    const { random } = this.options;
    const last = this.attempts.at(-1);
    const missed = last?.answers.filter((a) => !a.correct).map((a) => a.questionId) ?? [];
    if (last && missed.length > 0 && chance(random, 0.3)) {
      const retry = this.questions.filter((q) => missed.includes(q.id));
      this.#take(retry, { deckId: last.deckId, topic: last.topic, size: "all" }, sessionStart, true);
    } else if (chance(random, 0.55)) {
      this.#take(
        this.#live(this.options.mainDeckId, null),
        { deckId: this.options.mainDeckId, topic: null, size: pick(random, ["5", "10", "10", "20", "all"] as const) },
        sessionStart,
        true,
      );
    } else {
      const topic = this.#studiedTopic();
      this.#take(
        this.#live(this.options.syntheticDeckId, topic),
        { deckId: this.options.syntheticDeckId, topic, size: pick(random, ["10", "20", "20"] as const) },
        sessionStart,
        true,
      );
    }
  };

  /** An attempt left half-way a few minutes ago. */
  unfinished(now: Date, cards: readonly SimulatedCard[]): void {
    this.#index(cards);
    this.#take(
      this.#live(this.options.mainDeckId, null),
      { deckId: this.options.mainDeckId, topic: null, size: "10" },
      new Date(now.getTime() - 2 * 60_000),
      false,
    );
  }

  #index(cards: readonly SimulatedCard[]): void {
    if (this.#basicCards.size === 0)
      for (const card of cards) if (card.kind === "basic") this.#basicCards.set(card.entryId, card);
  }

  #live(deckId: string, topic: string | null): QuizQuestion[] {
    return this.questions.filter((q) => q.deckId === deckId && (topic === null || q.topic === topic));
  }

  /** A part of the synthetic deck the learner has started; the whole deck when none yet (or one time in three). */
  #studiedTopic(): string | null {
    const studied = this.questions.filter(
      (q) =>
        q.deckId === this.options.syntheticDeckId && q.topic && this.#basicCards.get(q.entryId)?.memory.state !== "new",
    );
    return studied.length > 0 && !chance(this.options.random, 0.33) ? pick(this.options.random, studied).topic : null;
  }

  /** Answers the planned questions one after another, finishing just before `endsBy` (or stopping part-way). */
  #take(
    candidates: QuizQuestion[],
    input: { deckId: string; topic: string | null; size: QuizSize },
    endsBy: Date,
    finish: boolean,
  ): void {
    const { random, seed } = this.options;
    const clientAttemptId = seededUuid(random);
    const plan = planAttempt(
      candidates.map((q) => ({ id: q.id, entryId: q.entryId, optionCount: q.optionCount })),
      input.size,
      `${seed}:${clientAttemptId}`,
    );
    if (plan.length === 0) return;
    const byId = new Map(candidates.map((q) => [q.id, q]));
    const asked = finish ? plan : plan.slice(0, Math.min(plan.length - 1, Math.round(between(random, 3, 6))));
    const thinking = asked.map(() => Math.round(logNormal(random, 20_000, 0.5)));
    const startedAt = endsBy.getTime() - thinking.reduce((a, b) => a + b, 0) - 60_000;
    let clock = startedAt;
    const answers = asked.map((planned, i) => {
      const question = byId.get(planned.questionId)!;
      clock += thinking[i]!;
      const answeredAt = new Date(clock);
      const correct = chance(random, this.#chanceRight(question, answeredAt));
      const wrongChoices = Array.from({ length: question.optionCount }, (_, k) => k).filter(
        (k) => k !== question.answerIndex,
      );
      const basic = this.#basicCards.get(question.entryId);
      if (!correct && basic) bringBack(basic, answeredAt);
      return {
        questionId: question.id,
        chosenIndex: correct ? question.answerIndex : pick(random, wrongChoices),
        correct,
        answeredAt,
      };
    });
    this.attempts.push({
      ...input,
      clientAttemptId,
      plan,
      startedAt: new Date(startedAt),
      finishedAt: finish ? answers.at(-1)!.answeredAt : null,
      answers,
    });
  }

  #chanceRight(question: QuizQuestion, at: Date): number {
    const basic = this.#basicCards.get(question.entryId);
    const known =
      basic && basic.memory.state !== "new"
        ? 0.35 + 0.6 * recallProbability(basic.memory, at, this.options.settings)
        : 0.4;
    // The same questions trip the learner up every time.
    const tricky = seededRandom(`${this.options.seed}:${question.id}`)() < 0.2;
    return tricky ? known * 0.45 : known;
  }
}
