// Quiz data access: starting attempts, answering once per question, results and history. The
// right option of a question leaves the server only in the feedback to an answer.
import { findInChunks } from "@/server/db/in-chunks";
import { displayIndex, planAttempt, storedIndex, type PlannedQuestion, type QuizCandidate } from "@/lib/quiz/plan";
import type { QuizSize } from "@/lib/quiz/sizes";
import { quizScheduleChange } from "@/lib/quiz/schedule-hook";
import { scoreAttempt } from "@/lib/quiz/scoring";
import type { CardStateName } from "@/lib/study/scheduling";
import {
  attemptKind,
  type AnswerFeedback,
  type AttemptKind,
  type AttemptSummary,
  type AttemptView,
  type MissedQuestion,
} from "@/lib/quiz/views";
import type { Database } from "@/server/db/connection";
import { ensureUserCards } from "@/server/study/study-service";
import { canSeeDeck, visibleDecksWhere, type DeckFilter } from "@/server/access/access";
import { recordCompletions } from "@/server/teams/completions";
import { optionsOf } from "@/server/db/columns";
import { createOrFind, isUniqueViolation, type Transaction } from "@/server/db/transaction";

export type QuizTopic = { topic: string | null; questions: number };

const liveQuestions = (deckId: string, topic?: string) => ({
  archivedAt: null,
  entry: { deckId, archivedAt: null, ...(topic === undefined ? {} : { topic }) },
});

/** The deck's topics with their number of live questions, in deck order, plus the whole deck first. */
export async function quizTopics(db: Database, deckId: string): Promise<QuizTopic[]> {
  const rows = await db.question.findMany({
    where: liveQuestions(deckId),
    select: { entry: { select: { topic: true, position: true } } },
    orderBy: { entry: { position: "asc" } },
  });
  const counts = new Map<string | null, number>();
  for (const row of rows) if (row.entry.topic) counts.set(row.entry.topic, (counts.get(row.entry.topic) ?? 0) + 1);
  return [{ topic: null, questions: rows.length }, ...[...counts].map(([topic, questions]) => ({ topic, questions }))];
}

export type StartOutcome =
  { ok: true; attemptId: string } | { ok: false; reason: "no-questions" | "not-found" | "nothing-missed" };

/**
 * Starts the attempts `source` picks the questions of, once per client attempt id: a double-submitted
 * form gets the same attempt back.
 */
function attemptStarter<Input>(
  source: (db: Database, userId: string, input: Input) => Promise<NewAttempt | { ok: false; reason: "not-found" }>,
) {
  return async (
    db: Database,
    userId: string,
    input: Input & { clientAttemptId: string },
    now: Date,
  ): Promise<StartOutcome> => {
    const existing = await findByClientId(db, userId, input.clientAttemptId);
    if (existing) return { ok: true, attemptId: existing };
    const attempt = await source(db, userId, input);
    return "kind" in attempt ? createAttempt(db, userId, input.clientAttemptId, attempt, now) : attempt;
  };
}

/** Starts an attempt on a deck the learner can see: the whole deck or one topic. */
export const startAttempt = attemptStarter(
  async (db, userId, input: { deckId: string; topic?: string; size: QuizSize }) => {
    if (!(await canSeeDeck(db, userId, input.deckId))) return { ok: false, reason: "not-found" };
    const candidates = await db.question.findMany({
      where: liveQuestions(input.deckId, input.topic),
      orderBy: [{ entry: { position: "asc" } }, { position: "asc" }],
      select: { id: true, entryId: true, options: true },
    });
    const questions = candidates.map((q) => ({
      id: q.id,
      entryId: q.entryId,
      optionCount: optionsOf(q.options).length,
    }));
    return { kind: "quiz", deckId: input.deckId, topic: input.topic ?? null, questions, size: input.size };
  },
);

/** A new attempt with just the questions the learner missed in one of their finished attempts. */
export const retryMissed = attemptStarter(async (db, userId, input: { attemptId: string }) => {
  const source = await db.quizAttempt.findFirst({
    where: { id: input.attemptId, userId, deck: visibleDecksWhere(userId) },
    select: {
      deckId: true,
      topic: true,
      answers: {
        where: { correct: false },
        select: { questionId: true, question: { select: { entryId: true, options: true } } },
      },
    },
  });
  if (!source) return { ok: false, reason: "not-found" };
  const questions = source.answers.map((a) => ({
    id: a.questionId,
    entryId: a.question.entryId,
    optionCount: optionsOf(a.question.options).length,
  }));
  return { kind: "retry", deckId: source.deckId, topic: source.topic, questions, size: "all" };
});

async function findByClientId(db: Database, userId: string, clientAttemptId: string): Promise<string | null> {
  const row = await db.quizAttempt.findUnique({
    where: { userId_clientAttemptId: { userId, clientAttemptId } },
    select: { id: true },
  });
  return row?.id ?? null;
}

type NewAttempt = {
  kind: AttemptKind;
  deckId: string;
  topic: string | null;
  questions: QuizCandidate[];
  size: QuizSize;
};

/** Plans the attempt (seeded by learner and client attempt id) and stores it, once per client attempt id. */
async function createAttempt(
  db: Database,
  userId: string,
  clientAttemptId: string,
  attempt: NewAttempt,
  now: Date,
): Promise<StartOutcome> {
  const plan = planAttempt(attempt.questions, attempt.size, `${userId}:${clientAttemptId}`);
  if (plan.length === 0) return { ok: false, reason: attempt.kind === "quiz" ? "no-questions" : "nothing-missed" };
  const { kind, deckId, topic } = attempt;
  const created = await createOrFind(
    () =>
      db.quizAttempt.create({
        data: {
          userId,
          kind,
          deckId,
          topic,
          clientAttemptId,
          plan: JSON.stringify(plan),
          questionCount: plan.length,
          startedAt: now,
        },
        select: { id: true },
      }),
    () => db.quizAttempt.findUniqueOrThrow({ where: { userId_clientAttemptId: { userId, clientAttemptId } } }),
  );
  return { ok: true, attemptId: created.id };
}

/** One of the learner's own attempts, null for anyone else's. Unanswered questions carry no hint of their answer. */
export async function attemptView(db: Database, userId: string, attemptId: string): Promise<AttemptView | null> {
  // A learner who left a team keeps their history but no longer sees its deck's attempts.
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId, deck: visibleDecksWhere(userId) },
    select: {
      id: true,
      kind: true,
      topic: true,
      plan: true,
      startedAt: true,
      finishedAt: true,
      deck: { select: { slug: true, title: true, language: true } },
      answers: { select: { questionId: true, chosenIndex: true, correct: true } },
    },
  });
  if (!attempt) return null;
  const plan = planOf(attempt.plan);
  const questions = await findInChunks(
    plan.map((p) => p.questionId),
    (ids) =>
      db.question.findMany({
        where: { id: { in: ids } },
        select: { id: true, entryId: true, stem: true, options: true, answerIndex: true, explanation: true },
      }),
  );
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answers = new Map(attempt.answers.map((a) => [a.questionId, a]));
  return {
    id: attempt.id,
    kind: attemptKind(attempt.kind),
    deck: attempt.deck,
    topic: attempt.topic,
    startedAt: attempt.startedAt,
    finishedAt: attempt.finishedAt,
    score: scoreAttempt(
      plan.map((p) => p.questionId),
      attempt.answers,
    ),
    questions: plan.flatMap((planned) => {
      const question = byId.get(planned.questionId);
      if (!question) return [];
      const options = optionsOf(question.options);
      const answer = answers.get(planned.questionId);
      return [
        {
          questionId: question.id,
          entryId: question.entryId,
          stem: question.stem,
          options: planned.optionOrder.map((i) => options[i] ?? ""),
          feedback: answer ? feedbackFor(planned, question, answer.chosenIndex) : null,
        },
      ];
    }),
  };
}

export type AnswerOutcome =
  | { ok: true; feedback: AnswerFeedback; finished: boolean; replayed: boolean }
  | { ok: false; reason: "not-found" | "invalid-choice" };

/**
 * Records the learner's answer to one question of their own attempt, once: a second answer (double
 * click, reload, retried request) gets the first one's feedback back. A wrong answer brings the
 * entry's basic card back into the learner's study queue.
 */
export async function answerQuestion(
  db: Database,
  userId: string,
  input: { attemptId: string; questionId: string; choice: number },
  now: Date,
): Promise<AnswerOutcome> {
  const visible = visibleDecksWhere(userId);
  let outcome: AnswerOutcome & { deckId?: string };
  try {
    outcome = await db.$transaction((tx) => recordAnswer(tx, userId, visible, input, now));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    outcome = await db.$transaction((tx) => recordAnswer(tx, userId, visible, input, now));
  }
  // A wrong answer may have started the deck for the learner: give them all of its cards, as studying would.
  if (outcome.ok && !outcome.feedback.correct && outcome.deckId) await ensureUserCards(db, userId, outcome.deckId, now);
  // A finished quiz may complete the learner's assignments on the deck.
  if (outcome.ok && outcome.finished && !outcome.replayed && outcome.deckId)
    await recordCompletions(db, userId, outcome.deckId, "quiz", now);
  if (outcome.ok)
    return { ok: true, feedback: outcome.feedback, finished: outcome.finished, replayed: outcome.replayed };
  return outcome;
}

async function recordAnswer(
  tx: Transaction,
  userId: string,
  visible: DeckFilter,
  input: { attemptId: string; questionId: string; choice: number },
  now: Date,
): Promise<AnswerOutcome & { deckId?: string }> {
  const attempt = await tx.quizAttempt.findFirst({
    where: { id: input.attemptId, userId, deck: visible },
    select: { id: true, deckId: true, plan: true, questionCount: true },
  });
  const planned = attempt && planOf(attempt.plan).find((p) => p.questionId === input.questionId);
  if (!attempt || !planned) return { ok: false, reason: "not-found" };
  const question = await tx.question.findUniqueOrThrow({
    where: { id: input.questionId },
    select: { entryId: true, answerIndex: true, explanation: true },
  });
  const earlier = await tx.quizAnswer.findUnique({
    where: { attemptId_questionId: { attemptId: attempt.id, questionId: input.questionId } },
    select: { chosenIndex: true },
  });
  if (earlier) {
    const finished =
      (await tx.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id }, select: { finishedAt: true } }))
        .finishedAt !== null;
    return { ok: true, feedback: feedbackFor(planned, question, earlier.chosenIndex), finished, replayed: true };
  }
  const chosen = storedIndex(planned, input.choice);
  if (chosen === null) return { ok: false, reason: "invalid-choice" };
  const correct = chosen === question.answerIndex;
  await tx.quizAnswer.create({
    data: { attemptId: attempt.id, questionId: input.questionId, chosenIndex: chosen, correct, answeredAt: now },
  });
  // Writing the attempt row first locks it (PostgreSQL), so two last answers in two tabs are
  // counted one after the other and one of them finishes the attempt.
  await tx.quizAttempt.update({ where: { id: attempt.id }, data: { correctCount: { increment: correct ? 1 : 0 } } });
  const answered = await tx.quizAnswer.count({ where: { attemptId: attempt.id } });
  const finished = answered >= attempt.questionCount;
  if (finished) await tx.quizAttempt.update({ where: { id: attempt.id }, data: { finishedAt: now } });
  await bringBackBasicCard(tx, userId, attempt.deckId, question.entryId, correct, now);
  return {
    ok: true,
    feedback: feedbackFor(planned, question, chosen),
    finished,
    replayed: false,
    deckId: attempt.deckId,
  };
}

async function bringBackBasicCard(
  tx: Transaction,
  userId: string,
  deckId: string,
  entryId: string,
  correct: boolean,
  now: Date,
): Promise<void> {
  if (correct) return;
  const card = await tx.card.findFirst({ where: { entryId, kind: "basic", archivedAt: null }, select: { id: true } });
  if (!card) return;
  const userCard = await tx.userCard.findUnique({
    where: { userId_cardId: { userId, cardId: card.id } },
    select: { id: true, state: true, suspended: true },
  });
  const change = quizScheduleChange(
    false,
    userCard && { state: userCard.state as CardStateName, suspended: userCard.suspended },
  );
  // Never studied: the card joins the learner's new cards, due now (the rest of the deck follows after the commit).
  if (change === "add-new")
    await tx.userCard.create({
      data: { userId, cardId: card.id, deckId, entryId, due: now, createdAt: now, updatedAt: now },
    });
  if (change === "due-now" && userCard)
    await tx.userCard.update({
      where: { id: userCard.id },
      data: { due: now, updatedAt: now, version: { increment: 1 } },
    });
}

/** The learner's attempts on decks they can still see, newest first. */
export async function quizHistory(db: Database, userId: string, limit = 100): Promise<AttemptSummary[]> {
  const rows = await db.quizAttempt.findMany({
    where: { userId, deck: visibleDecksWhere(userId) },
    orderBy: { startedAt: "desc" },
    take: limit,
    select: {
      id: true,
      kind: true,
      topic: true,
      startedAt: true,
      finishedAt: true,
      questionCount: true,
      correctCount: true,
      deck: { select: { slug: true, title: true, language: true } },
      _count: { select: { answers: true } },
    },
  });
  return rows.map(({ _count, kind, ...row }) => ({ ...row, kind: attemptKind(kind), answered: _count.answers }));
}

/** A question counts as "keeps missing" once it was missed in this many attempts. */
export const MISSED_IN_ATTEMPTS = 2;

/** Questions of decks the learner can still see that they got wrong in at least two attempts, most missed first. */
export async function questionsKeptMissing(db: Database, userId: string, deckId?: string): Promise<MissedQuestion[]> {
  const visible = visibleDecksWhere(userId);
  const rows = await db.quizAnswer.groupBy({
    by: ["questionId"],
    where: {
      correct: false,
      attempt: { userId, ...(deckId ? { deckId } : {}) },
      question: { archivedAt: null, entry: { deck: visible } },
    },
    _count: { _all: true },
    having: { questionId: { _count: { gte: MISSED_IN_ATTEMPTS } } },
    orderBy: { _count: { questionId: "desc" } },
    take: 50,
  });
  const questions = await db.question.findMany({
    where: { id: { in: rows.map((r) => r.questionId) } },
    select: {
      id: true,
      stem: true,
      entryId: true,
      options: true,
      entry: { select: { deck: { select: { id: true, slug: true, title: true, language: true } } } },
    },
  });
  const byId = new Map(questions.map((q) => [q.id, q]));
  return rows.flatMap((r) => {
    const q = byId.get(r.questionId);
    if (!q) return [];
    const { id, slug, title, language } = q.entry.deck;
    return [
      {
        questionId: q.id,
        stem: q.stem,
        misses: r._count._all,
        deckId: id,
        deckSlug: slug,
        deckTitle: title,
        language,
        entryId: q.entryId,
        optionCount: optionsOf(q.options).length,
      },
    ];
  });
}

/** A quiz of the deck's questions the learner keeps missing (recomputed here, never taken from the browser). */
export const startKeptMissingQuiz = attemptStarter(async (db, userId, input: { deckId: string }) => {
  const missed = await questionsKeptMissing(db, userId, input.deckId);
  const questions = missed.map((q) => ({ id: q.questionId, entryId: q.entryId, optionCount: q.optionCount }));
  return { kind: "missed", deckId: input.deckId, topic: null, questions, size: "all" };
});

function feedbackFor(
  planned: PlannedQuestion,
  question: { answerIndex: number; explanation: string },
  chosenIndex: number,
): AnswerFeedback {
  return {
    choice: displayIndex(planned, chosenIndex),
    correctChoice: displayIndex(planned, question.answerIndex),
    correct: chosenIndex === question.answerIndex,
    explanation: question.explanation,
  };
}

function planOf(json: string): PlannedQuestion[] {
  return JSON.parse(json) as PlannedQuestion[];
}
