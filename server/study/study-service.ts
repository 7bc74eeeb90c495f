// Study data access: a learner's card states, the due queue, grading and undo. Takes the database
// as a parameter so that tests and benchmarks can run it on their own database.
import { findInChunks } from "@/server/db/in-chunks";
import { buildQueue } from "@/lib/study/queue";
import type { GradeRequest } from "@/lib/study/requests";
import {
  applyGrade,
  forgetCard,
  recallProbability,
  undoGrade,
  withInterval,
  type CardStateName,
  type GradeResult,
  type GradeName,
  type MemoryState,
} from "@/lib/study/scheduling";
import { balanceWindow, chooseInterval, dueOnDays } from "@/lib/study/load-balancer";
import { staysInSession } from "@/lib/study/session-counts";
import { toStudyCard, type GradeOutcome, type StudyCard, type UndoOutcome } from "@/lib/study/study-card";
import {
  DEFAULT_STUDY_SETTINGS,
  easyDaysFromMask,
  easyDaysMask,
  type LearnerSettings,
  type StudySettingsInput,
} from "@/lib/study/settings";
import { usableSettings } from "@/lib/study/stored-settings";
import { studyDay, studyDayKey } from "@/lib/study/study-day";
import { canSeeDeck, visibleDecksWhere } from "@/server/access/access";
import type { Database } from "@/server/db/connection";
import { cardStateCounts, liveCardCounts } from "@/server/progress/card-state-counts";
import { ROWS_PER_CHUNK, yieldToEventLoop } from "@/server/db/yield";
import { isUniqueViolation } from "@/server/db/transaction";
import { dueTimesIn } from "./due-per-hour";
import { readCardToGrade, writeGrade, type StoredSettings } from "@/server/queries/grade-card";
import { parametersInUse, parametersInUseSelect, type StoredParameters } from "./fsrs-parameters";

/** The columns of a learner's card that make its FSRS memory state. */
export const memoryFields = {
  state: true,
  due: true,
  stability: true,
  difficulty: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  lastReview: true,
} as const;

/** The learners' settings, or the defaults until they save their own (a read, never a write), with their fitted FSRS parameters when those predict better. */
export async function learnersSettings(db: Database, userIds: string[]): Promise<Map<string, SettingsInUse>> {
  const fitted = db.fsrsParameters.findMany({ where: { userId: { in: userIds } }, select: parametersInUseSelect });
  const stored = await db.studySettings.findMany({
    where: { userId: { in: userIds } },
    select: {
      userId: true,
      newPerDay: true,
      maxReviewsPerDay: true,
      desiredRetention: true,
      timeZone: true,
      dayStartHour: true,
      learningSteps: true,
      relearningSteps: true,
      loadBalancing: true,
      easyDays: true,
    },
  });
  const byUser = new Map(stored.map(({ userId, ...settings }) => [userId, settings]));
  const fittedBy = new Map((await fitted).map((row) => [row.userId, row]));
  return new Map(userIds.map((id) => [id, settingsInUse(byUser.get(id) ?? null, fittedBy.get(id))]));
}

type SettingsInUse = LearnerSettings & { parameters?: readonly number[] };

/** A learner's stored settings made usable (the defaults for what is missing or invalid), with the fitted parameters in use. */
function settingsInUse(stored: StoredSettings | null, fitted: StoredParameters | undefined): SettingsInUse {
  const parameters = parametersInUse(fitted);
  const settings = stored ? { ...stored, easyDays: easyDaysFromMask(stored.easyDays) } : DEFAULT_STUDY_SETTINGS;
  return { ...usableSettings(settings), ...(parameters ? { parameters } : {}) };
}

export async function learnerSettings(db: Database, userId: string): Promise<SettingsInUse> {
  return (await learnersSettings(db, [userId])).get(userId)!;
}

/** Creates the learner's state for every live card of the deck they do not have yet. */
export async function ensureUserCards(db: Database, userId: string, deckId: string, now: Date): Promise<void> {
  // Usually every live card has its state already: two counts from covering indexes say so (7 ms for
  // 20 000 cards) where looking for the missing ones checks every card (27 ms).
  const [live, states] = await Promise.all([liveCardCounts(db, [deckId]), cardStateCounts(db, userId, [deckId])]);
  if (states.reduce((sum, s) => sum + s.count, 0) >= (live.get(deckId) ?? 0)) return;
  // The database finds the cards without a state, instead of both lists coming to Node.
  const cards = await db.card.findMany({
    where: { archivedAt: null, entry: { deckId, archivedAt: null }, userCards: { none: { userId } } },
    select: { id: true, entryId: true },
  });
  const missing = cards.map((c) => ({
    userId,
    deckId,
    cardId: c.id,
    entryId: c.entryId,
    due: now,
    createdAt: now,
    updatedAt: now,
  }));
  for (let i = 0; i < missing.length; i += ROWS_PER_CHUNK) {
    // A deck of thousands of cards: other requests are answered between chunks.
    await yieldToEventLoop();
    try {
      await db.userCard.createMany({ data: missing.slice(i, i + ROWS_PER_CHUNK) });
    } catch (error) {
      // Two tabs starting the same deck at once: the other one created them.
      if (!isUniqueViolation(error)) throw error;
    }
  }
}

export async function studyQueue(
  db: Database,
  userId: string,
  deckId: string,
  now: Date,
): Promise<{ cards: StudyCard[]; settings: LearnerSettings }> {
  const settings = await learnerSettings(db, userId);
  if (!(await canSeeDeck(db, userId, deckId))) return { cards: [], settings };
  const day = studyDay(now, settings.timeZone, settings.dayStartHour);
  await ensureUserCards(db, userId, deckId, now);
  await yieldToEventLoop();
  const [candidates, todays] = await Promise.all([
    // Served by the (userId, deckId, due) index: due before the day ends, or new.
    db.userCard.findMany({
      where: {
        userId,
        deckId,
        suspended: false,
        OR: [{ due: { lt: day.end } }, { state: "new" }],
        card: { archivedAt: null },
      },
      select: { id: true, entryId: true, state: true, due: true, card: { select: { position: true } } },
    }),
    db.reviewLog.findMany({
      where: { userId, deckId, reviewedAt: { gte: day.start } },
      select: { stateBefore: true, userCard: { select: { entryId: true } } },
    }),
  ]);
  const today = {
    reviews: todays.filter((r) => r.stateBefore === "review").length,
    newCards: todays.filter((r) => r.stateBefore === "new").length,
    entryIds: new Set(todays.map((r) => r.userCard.entryId)),
  };
  const queue = buildQueue(
    candidates.map((c) => ({
      cardId: c.id,
      entryId: c.entryId,
      state: c.state as CardStateName,
      due: c.due,
      position: c.card.position,
    })),
    now,
    day,
    settings,
    today,
  );
  const rows = await findInChunks(
    queue.map((q) => q.cardId),
    (ids) => db.userCard.findMany({ where: { id: { in: ids } }, select: studyCardSelect }),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { cards: queue.map((q) => toStudyCard(toMemory(byId.get(q.cardId)!), now, settings)), settings };
}

const studyCardSelect = {
  id: true,
  cardId: true,
  version: true,
  ...memoryFields,
  card: { select: { kind: true, front: true, back: true, entry: { select: { answer: true } } } },
} as const;

/** A row with the memory fields, typed as the scheduler knows them (the database stores the state as text). */
function toMemory<Row extends Record<keyof typeof memoryFields, unknown>>(row: Row): Row & MemoryState {
  return row as Row & MemoryState;
}

/**
 * Applies one grade: the learner's own card of a deck they may see, at the version the browser saw,
 * once per client review id (a retry gets the first outcome back). The card is read and the grade
 * worked out first; then one short transaction writes the card, only if it is still at that version,
 * visible and not suspended, and the review log, whose unique client review id refuses a second copy.
 */
export async function gradeCard(db: Database, userId: string, input: GradeRequest, now: Date): Promise<GradeOutcome> {
  const ownCard = { id: input.userCardId, userId, card: { entry: { deck: visibleDecksWhere(userId) } } };
  const row = await readCardToGrade(db, userId, input.userCardId, input.version);
  if (!row) return (await replayed(db, userId, input.clientReviewId)) ?? refusal(db, ownCard);
  const settings = settingsInUse(row.stored, row.fitted);
  const graded = applyGrade(row, now, input.grade, settings);
  const { after, record, becameLeech } = await balancedGrade(db, userId, row.id, graded, now, settings);
  let written: boolean;
  try {
    written = await writeGrade(db, {
      userId,
      card: row,
      after,
      record,
      becameLeech,
      clientReviewId: input.clientReviewId,
      durationMs: input.durationMs ?? null,
      studyDay: studyDayKey(now, settings.timeZone, settings.dayStartHour),
      now,
    });
  } catch (error) {
    // Another request with this client review id got there first: the card's write was undone.
    if (!isUniqueViolation(error)) throw error;
    written = false;
  }
  // The card changed since it was read (another tab, a retry that got there first): nothing was written.
  if (!written) return (await replayed(db, userId, input.clientReviewId)) ?? refusal(db, ownCard);
  const comesBack = !becameLeech && staysInSession(after.state);
  const again = comesBack ? toStudyCard({ ...row, ...after, version: input.version + 1 }, after.due, settings) : null;
  return {
    ok: true,
    replayed: false,
    version: input.version + 1,
    leech: becameLeech,
    again,
    deckId: row.deckId,
    assignmentOpen: row.assignmentOpen,
  };
}

/** The first outcome of a grade already applied under this client review id, if there is one. */
async function replayed(db: Database, userId: string, clientReviewId: string): Promise<GradeOutcome | null> {
  const replay = await db.reviewLog.findUnique({
    where: { userId_clientReviewId: { userId, clientReviewId } },
    select: { deckId: true, userCard: { select: { version: true, leech: true } } },
  });
  return replay
    ? {
        ok: true,
        replayed: true,
        version: replay.userCard.version,
        leech: replay.userCard.leech,
        again: null,
        deckId: replay.deckId,
        assignmentOpen: false,
      }
    : null;
}

/** Why a grade of this card cannot be applied: not the learner's (or not visible), suspended, or changed since. */
async function refusal(db: Database, ownCard: object): Promise<GradeOutcome> {
  const card = await db.userCard.findFirst({ where: ownCard, select: { suspended: true } });
  return { ok: false, reason: !card ? "not-found" : card.suspended ? "suspended" : "stale" };
}

/** The grade with its review interval moved by the load balancer (one query), or as ts-fsrs chose it. */
async function balancedGrade(
  db: Database,
  userId: string,
  userCardId: string,
  graded: GradeResult,
  now: Date,
  settings: LearnerSettings,
): Promise<GradeResult> {
  const window = balanceWindow({ ...graded.after, elapsedDays: graded.record.elapsedDays }, now, settings);
  if (!window) return graded;
  const dues = await dueTimesIn(db, userId, window[0]!.start, window.at(-1)!.end);
  const interval = chooseInterval(dueOnDays(window, dues), settings.easyDays, `${userCardId}:${now.toISOString()}`);
  return withInterval(graded, now, interval);
}

/** Undoes the learner's latest grade of a card: restores its state (ts-fsrs rollback) and removes the log row. */
export async function undoReview(
  db: Database,
  userId: string,
  clientReviewId: string,
  now: Date,
): Promise<UndoOutcome> {
  const settings = await learnerSettings(db, userId);
  const visible = visibleDecksWhere(userId);
  return db.$transaction(async (tx) => {
    const log = await tx.reviewLog.findFirst({
      where: { userId, clientReviewId, userCard: { card: { entry: { deck: visible } } } },
    });
    if (!log) return { ok: false, reason: "not-found" };
    const latest = await tx.reviewLog.findFirst({
      where: { userCardId: log.userCardId },
      orderBy: { reviewedAt: "desc" },
      select: { id: true },
    });
    if (latest?.id !== log.id) return { ok: false, reason: "not-latest" };
    const row = await tx.userCard.findFirstOrThrow({
      where: { id: log.userCardId, userId },
      select: { ...studyCardSelect },
    });
    const before = undoGrade(
      toMemory(row),
      {
        ...log,
        grade: log.grade as GradeName,
        stateBefore: log.stateBefore as CardStateName,
        stateAfter: log.stateAfter as CardStateName,
      },
      settings,
    );
    await tx.userCard.update({
      where: { id: row.id },
      data: {
        ...before,
        updatedAt: now,
        version: { increment: 1 },
        ...(row.lapses !== before.lapses ? { leech: false, suspended: false } : {}),
      },
    });
    await tx.reviewLog.delete({ where: { id: log.id } });
    return { ok: true, card: toStudyCard(toMemory({ ...row, ...before, version: row.version + 1 }), now, settings) };
  });
}

/** Cards (not new, not suspended) that will be due by the end of the learner's next study day. */
export async function dueTomorrowCount(db: Database, userId: string, deckId: string, now: Date): Promise<number> {
  if (!(await canSeeDeck(db, userId, deckId))) return 0;
  const settings = await learnerSettings(db, userId);
  const day = studyDay(now, settings.timeZone, settings.dayStartHour);
  const tomorrowEnd = new Date(day.end.getTime() + 86_400_000);
  return db.userCard.count({
    where: { userId, deckId, suspended: false, state: { not: "new" }, due: { lt: tomorrowEnd } },
  });
}

export async function saveLearnerSettings(
  db: Database,
  userId: string,
  input: StudySettingsInput,
  now: Date,
): Promise<void> {
  const data = { ...input, easyDays: easyDaysMask(input.easyDays), updatedAt: now };
  await db.studySettings.upsert({ where: { userId }, create: { userId, ...data }, update: data });
}

export const BROWSE_FILTERS = ["all", "new", "learning", "review", "relearning", "suspended", "leech"] as const;
export type BrowseFilter = (typeof BROWSE_FILTERS)[number];

export type BrowsedCard = Pick<
  MemoryState,
  "state" | "due" | "stability" | "difficulty" | "reps" | "lapses" | "lastReview"
> & {
  userCardId: string;
  kind: string;
  front: string;
  recall: number;
  suspended: boolean;
  leech: boolean;
  history: { grade: string; reviewedAt: Date; stateBefore: string; stateAfter: string }[];
};

/** The learner's cards of a deck, searched and filtered, with their review history (at most 200). */
export async function browseCards(
  db: Database,
  userId: string,
  deckId: string,
  query: { text: string; filter: BrowseFilter },
  now: Date,
): Promise<BrowsedCard[]> {
  await ensureUserCards(db, userId, deckId, now);
  const settings = await learnerSettings(db, userId);
  const byFilter = {
    all: {},
    suspended: { suspended: true },
    leech: { leech: true },
    new: { state: "new", suspended: false },
    learning: { state: "learning", suspended: false },
    review: { state: "review", suspended: false },
    relearning: { state: "relearning", suspended: false },
  }[query.filter];
  const text = query.text.trim();
  const rows = await db.userCard.findMany({
    where: {
      userId,
      deckId,
      ...byFilter,
      card: {
        archivedAt: null,
        ...(text ? { OR: [{ front: { contains: text } }, { back: { contains: text } }] } : {}),
      },
    },
    orderBy: [{ card: { position: "asc" } }],
    take: 200,
    select: {
      id: true,
      suspended: true,
      leech: true,
      ...memoryFields,
      card: { select: { kind: true, front: true } },
      reviews: {
        orderBy: { reviewedAt: "desc" },
        take: 20,
        select: { grade: true, reviewedAt: true, stateBefore: true, stateAfter: true },
      },
    },
  });
  return rows.map((r) => ({
    userCardId: r.id,
    kind: r.card.kind,
    front: r.card.front,
    state: r.state as CardStateName,
    due: r.due,
    stability: r.stability,
    difficulty: r.difficulty,
    recall: recallProbability(toMemory(r), now, settings),
    lastReview: r.lastReview,
    reps: r.reps,
    lapses: r.lapses,
    suspended: r.suspended,
    leech: r.leech,
    history: r.reviews,
  }));
}

/** Suspends, unsuspends or resets ("forgets") one of the learner's own cards; false when it is not theirs or its deck is out of sight. */
export async function changeCard(
  db: Database,
  userId: string,
  userCardId: string,
  change: "suspend" | "unsuspend" | "reset",
  now: Date,
): Promise<boolean> {
  const row = await db.userCard.findFirst({
    where: { id: userCardId, userId, card: { entry: { deck: visibleDecksWhere(userId) } } },
    select: { id: true, ...memoryFields },
  });
  if (!row) return false;
  const data =
    change === "reset"
      ? { ...forgetCard(toMemory(row), now, await learnerSettings(db, userId)), leech: false, suspended: false }
      : { suspended: change === "suspend", ...(change === "unsuspend" ? { leech: false } : {}) };
  await db.userCard.update({ where: { id: row.id }, data: { ...data, updatedAt: now, version: { increment: 1 } } });
  return true;
}
