// npm run demo:seed — a demo learner with a year of history: ~300 000 reviews of the eBPF deck and a
// big synthetic deck, scheduled by the app's own FSRS glue, and ~40 quiz attempts. For trying the
// progress pages and benchmarking them. Reproducible: the same seed and `now` give the same history.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { seededRandom } from "../lib/content/seeded-random";
import {
  DEFAULT_STUDY_SETTINGS,
  easyDaysMask,
  learnerSettingsFrom,
  type StudySettingsInput,
} from "../lib/study/settings";
import { hashPassword } from "../server/auth/password";
import { optionsOf } from "../server/db/columns";
import { createDatabase, type Database } from "../server/db/connection";
import { demoId, insertRows } from "./demo/bulk-insert";
import { DEMO_DECK_SLUG, importDemoDecks } from "./demo/demo-decks";
import { QuizHistory, type QuizQuestion } from "./demo/quiz-history";
import { simulateYear, type DemoCard, type SimulatedCard, type SimulatedReview } from "./demo/simulate-year";

export type DemoSeedOptions = {
  email: string;
  password?: string;
  days?: number;
  newPerDay?: number;
  now: Date;
  seed?: string;
  timeZone?: string;
};

export const DEMO_EMAIL = "demo@faq-study.local";
export const DEMO_PASSWORD = "demo-password-123";
const MAIN_DECK_SLUG = "ebpf";
// 8 000 entries make ~34 500 cards: a year at 85 new cards a day does not run out of them.
const SYNTHETIC_ENTRIES = 8_000;
const DAY_START_HOUR = 4;

export async function seedDemoLearner(
  db: Database,
  options: DemoSeedOptions,
): Promise<{ userId: string; reviews: number; cards: number; quizAttempts: number; ms: number }> {
  const started = performance.now();
  const {
    password = DEMO_PASSWORD,
    days = 365,
    newPerDay = 85,
    now,
    seed = "demo",
    timeZone = "Asia/Shanghai",
  } = options;
  const email = options.email.trim().toLowerCase();
  if (!Number.isInteger(days) || days < 1 || !Number.isInteger(newPerDay) || newPerDay < 0)
    throw new RangeError("days must be a whole number ≥ 1 and newPerDay ≥ 0");
  const stored: StudySettingsInput = {
    ...DEFAULT_STUDY_SETTINGS,
    newPerDay,
    maxReviewsPerDay: 10_000,
    desiredRetention: 0.9,
    timeZone,
    dayStartHour: DAY_START_HOUR,
  };
  const settings = learnerSettingsFrom(stored);

  await importDemoDecks(db, SYNTHETIC_ENTRIES, now);
  const { cards, questions, mainDeckId, syntheticDeckId } = await studyMaterial(db);

  const random = seededRandom(seed);
  const quizzes = new QuizHistory(questions, days - 1, { random, seed, settings, mainDeckId, syntheticDeckId });
  const year = simulateYear(
    cards,
    { days, newPerDay, now, timeZone, dayStartHour: DAY_START_HOUR, settings, random },
    quizzes.beforeSession,
  );
  quizzes.unfinished(now, year.cards);

  await db.user.deleteMany({ where: { email } });
  const user = await db.user.create({
    data: {
      email,
      name: "Demo learner",
      passwordHash: await hashPassword(password),
      createdAt: new Date(year.firstSession.getTime() - 3_600_000),
      updatedAt: now,
      studySettings: { create: { ...stored, easyDays: easyDaysMask(stored.easyDays), updatedAt: now } },
    },
    select: { id: true },
  });
  // Row ids are drawn from the seed, so two demo learners in one database need streams of their own.
  await writeStudyRows(db, user.id, year, `${seed}:${email}`);
  for (const attempt of quizzes.attempts) {
    await db.quizAttempt.create({
      data: {
        userId: user.id,
        deckId: attempt.deckId,
        topic: attempt.topic,
        clientAttemptId: attempt.clientAttemptId,
        plan: JSON.stringify(attempt.plan),
        questionCount: attempt.plan.length,
        startedAt: attempt.startedAt,
        finishedAt: attempt.finishedAt,
        correctCount: attempt.answers.filter((a) => a.correct).length,
        answers: { createMany: { data: attempt.answers } },
      },
    });
  }
  return {
    userId: user.id,
    reviews: year.reviews.length,
    cards: year.cards.length,
    quizAttempts: quizzes.attempts.length,
    ms: performance.now() - started,
  };
}

/** The live cards of the eBPF deck, then of the synthetic deck, in deck order (the order new cards come in), and their questions. */
async function studyMaterial(
  db: Database,
): Promise<{ cards: DemoCard[]; questions: QuizQuestion[]; mainDeckId: string; syntheticDeckId: string }> {
  const decks = await db.deck.findMany({
    where: { slug: { in: [MAIN_DECK_SLUG, DEMO_DECK_SLUG] }, archivedAt: null },
    select: { id: true, slug: true },
  });
  const syntheticDeckId = decks.find((d) => d.slug === DEMO_DECK_SLUG)!.id;
  const mainDeckId = decks.find((d) => d.slug === MAIN_DECK_SLUG)?.id;
  if (!mainDeckId) throw new Error(`the content folder has no "${MAIN_DECK_SLUG}" deck to study`);
  const deckIds = [mainDeckId, syntheticDeckId];
  const cards = await db.card.findMany({
    where: { archivedAt: null, entry: { archivedAt: null, deckId: { in: deckIds } } },
    select: { id: true, entryId: true, kind: true, position: true, entry: { select: { deckId: true } } },
  });
  cards.sort((a, b) => deckIds.indexOf(a.entry.deckId) - deckIds.indexOf(b.entry.deckId) || a.position - b.position);
  const questions = await db.question.findMany({
    where: { archivedAt: null, entry: { archivedAt: null, deckId: { in: deckIds } } },
    orderBy: [{ entry: { position: "asc" } }, { position: "asc" }],
    select: {
      id: true,
      entryId: true,
      options: true,
      answerIndex: true,
      entry: { select: { deckId: true, topic: true } },
    },
  });
  return {
    cards: cards.map((c) => ({ cardId: c.id, entryId: c.entryId, deckId: c.entry.deckId, kind: c.kind })),
    questions: questions.map((q) => ({
      id: q.id,
      entryId: q.entryId,
      deckId: q.entry.deckId,
      topic: q.entry.topic,
      optionCount: optionsOf(q.options).length,
      answerIndex: q.answerIndex,
    })),
    mainDeckId,
    syntheticDeckId,
  };
}

/**
 * Every card of both decks, as ensureUserCards made them at the first session, in its final state;
 * then every grade as the ReviewLog row gradeCard writes.
 */
async function writeStudyRows(
  db: Database,
  userId: string,
  year: { cards: SimulatedCard[]; reviews: SimulatedReview[]; firstSession: Date },
  idSeed: string,
): Promise<void> {
  const random = seededRandom(idSeed);
  const createdAt = year.firstSession;
  const userCardIds = new Map(year.cards.map((c) => [c, demoId(random, createdAt)]));
  const userCards = year.cards.map((c) => ({
    id: userCardIds.get(c)!,
    userId,
    cardId: c.cardId,
    deckId: c.deckId,
    entryId: c.entryId,
    ...c.memory,
    suspended: c.suspended,
    leech: c.leech,
    version: c.version,
    createdAt,
    updatedAt: c.memory.lastReview ?? createdAt,
  }));
  await insertRows(db, "UserCard", userCards, (tx, data) => tx.userCard.createMany({ data }));
  const reviews = year.reviews.map((r) => ({
    id: demoId(random, r.record.reviewedAt),
    userId,
    userCardId: userCardIds.get(r.card)!,
    deckId: r.card.deckId,
    clientReviewId: r.clientReviewId,
    durationMs: r.durationMs,
    studyDay: r.studyDay,
    ...r.record,
  }));
  await insertRows(db, "ReviewLog", reviews, (tx, data) => tx.reviewLog.createMany({ data }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      email: { type: "string", default: DEMO_EMAIL },
      password: { type: "string", default: DEMO_PASSWORD },
      days: { type: "string", default: "365" },
      "new-per-day": { type: "string" },
      seed: { type: "string" },
      "time-zone": { type: "string" },
    },
  });
  const db = createDatabase();
  try {
    const result = await seedDemoLearner(db, {
      email: values.email,
      password: values.password,
      days: Number(values.days),
      newPerDay: values["new-per-day"] === undefined ? undefined : Number(values["new-per-day"]),
      seed: values.seed,
      timeZone: values["time-zone"],
      now: new Date(),
    });
    console.log(
      `demo learner ${values.email} / ${values.password}: ${result.reviews} reviews, ${result.cards} cards, ${result.quizAttempts} quiz attempts, seeded in ${(result.ms / 1000).toFixed(1)} s`,
    );
  } finally {
    await db.$disconnect();
  }
}
