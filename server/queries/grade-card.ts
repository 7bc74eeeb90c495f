// The two statements of a grade, in SQL through Prisma's raw queries: Prisma's query builder was
// most of a grade's cost (each model query is planned and its result shaped again at every call).
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/sqlite/client";
import type { CardStateName, MemoryState, ReviewRecord } from "@/lib/study/scheduling";
import { visibleDeckSql } from "@/server/access/access";
import { databaseProvider, type Database } from "@/server/db/connection";
import { writeGrouped } from "@/server/queries/grouped-writes";
import type { StoredParameters } from "@/server/study/fsrs-parameters";
import { openStudyAssignmentSql } from "@/server/teams/open-assignment-sql";

export type StoredSettings = {
  newPerDay: number;
  maxReviewsPerDay: number;
  desiredRetention: number;
  timeZone: string;
  dayStartHour: number;
  learningSteps: string;
  relearningSteps: string;
  loadBalancing: boolean;
  easyDays: number;
};

export type CardToGrade = MemoryState & {
  id: string;
  cardId: string;
  deckId: string;
  version: number;
  card: { kind: string; front: string; back: string; entry: { answer: string } };
  /** The learner's saved settings, null until they save some. */
  stored: StoredSettings | null;
  fitted: StoredParameters;
  /** Whether an assignment of the deck that a grade can complete is open for the learner. */
  assignmentOpen: boolean;
};

type Row = Omit<MemoryState, "state"> & {
  state: string;
  id: string;
  cardId: string;
  deckId: string;
  version: number;
  kind: string;
  front: string;
  back: string;
  answer: string;
  assignmentOpen: unknown;
} & { [K in keyof StoredSettings as `s_${K}`]: StoredSettings[K] | null } & {
  [K in keyof StoredParameters as `p_${K}`]: StoredParameters[K] | null;
};

/**
 * The learner's own card at the version the browser saw, not suspended, of a deck they may see, with
 * its text, the learner's settings and whether a grade may complete an assignment: one statement.
 */
export async function readCardToGrade(
  db: Database,
  userId: string,
  userCardId: string,
  version: number,
): Promise<CardToGrade | null> {
  const [row] = await db.$queryRaw<Row[]>`
    SELECT uc."id", uc."cardId", uc."deckId", uc."version", uc."state", uc."due", uc."stability",
      uc."difficulty", uc."scheduledDays", uc."learningSteps", uc."reps", uc."lapses", uc."lastReview",
      c."kind", c."front", c."back", e."answer",
      s."newPerDay" AS "s_newPerDay", s."maxReviewsPerDay" AS "s_maxReviewsPerDay",
      s."desiredRetention" AS "s_desiredRetention", s."timeZone" AS "s_timeZone",
      s."dayStartHour" AS "s_dayStartHour", s."learningSteps" AS "s_learningSteps",
      s."relearningSteps" AS "s_relearningSteps", s."loadBalancing" AS "s_loadBalancing",
      s."easyDays" AS "s_easyDays",
      p."parameters" AS "p_parameters", p."logLossDefault" AS "p_logLossDefault",
      p."logLossFitted" AS "p_logLossFitted",
      ${openStudyAssignmentSql(userId, Prisma.sql`uc."deckId"`)} AS "assignmentOpen"
    FROM "UserCard" uc
    JOIN "Card" c ON c."id" = uc."cardId"
    JOIN "Entry" e ON e."id" = c."entryId"
    JOIN "Deck" deck ON deck."id" = e."deckId"
    LEFT JOIN "StudySettings" s ON s."userId" = uc."userId"
    LEFT JOIN "FsrsParameters" p ON p."userId" = uc."userId"
    WHERE uc."id" = ${userCardId} AND uc."userId" = ${userId} AND uc."version" = ${version}
      AND NOT uc."suspended" AND ${visibleDeckSql(userId, "deck")}`;
  if (!row) return null;
  return {
    id: row.id,
    cardId: row.cardId,
    deckId: row.deckId,
    version: Number(row.version),
    state: row.state as CardStateName,
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    scheduledDays: Number(row.scheduledDays),
    learningSteps: Number(row.learningSteps),
    reps: Number(row.reps),
    lapses: Number(row.lapses),
    lastReview: row.lastReview,
    card: { kind: row.kind, front: row.front, back: row.back, entry: { answer: row.answer } },
    stored:
      row.s_newPerDay === null
        ? null
        : {
            newPerDay: Number(row.s_newPerDay),
            maxReviewsPerDay: Number(row.s_maxReviewsPerDay),
            desiredRetention: row.s_desiredRetention!,
            timeZone: row.s_timeZone!,
            dayStartHour: Number(row.s_dayStartHour),
            learningSteps: row.s_learningSteps!,
            relearningSteps: row.s_relearningSteps!,
            loadBalancing: Boolean(row.s_loadBalancing),
            easyDays: Number(row.s_easyDays),
          },
    fitted: { parameters: row.p_parameters, logLossDefault: row.p_logLossDefault, logLossFitted: row.p_logLossFitted },
    // SQLite answers the test as an integer, PostgreSQL as a boolean.
    assignmentOpen: Boolean(Number(row.assignmentOpen)),
  };
}

export type GradeWrite = {
  userId: string;
  card: CardToGrade;
  after: MemoryState;
  record: ReviewRecord;
  becameLeech: boolean;
  clientReviewId: string;
  durationMs: number | null;
  studyDay: string;
  now: Date;
};

/**
 * Writes the card, only if it is still at the version read, visible and not suspended, then the
 * review log, whose unique client review id refuses a second copy (the card's write is then undone).
 * False when the card changed since it was read: nothing was written. No interactive transaction:
 * on PostgreSQL one statement, on SQLite two in a batch committed with the other grades of the moment.
 */
export async function writeGrade(db: Database, write: GradeWrite): Promise<boolean> {
  const { userId, card, after, now } = write;
  const update = Prisma.sql`
    UPDATE "UserCard" SET "state" = ${after.state}, "due" = ${after.due}, "stability" = ${after.stability},
      "difficulty" = ${after.difficulty}, "scheduledDays" = ${after.scheduledDays},
      "learningSteps" = ${after.learningSteps}, "reps" = ${after.reps}, "lapses" = ${after.lapses},
      "lastReview" = ${after.lastReview}, "updatedAt" = ${now}, "version" = "version" + 1
      ${write.becameLeech ? Prisma.sql`, "leech" = TRUE, "suspended" = TRUE` : Prisma.empty}
    WHERE "id" = ${card.id} AND "userId" = ${userId} AND "version" = ${card.version} AND NOT "suspended"
      AND EXISTS (SELECT 1 FROM "Card" c JOIN "Entry" e ON e."id" = c."entryId" JOIN "Deck" deck ON deck."id" = e."deckId"
        WHERE c."id" = "UserCard"."cardId" AND ${visibleDeckSql(userId, "deck")})`;
  if (databaseProvider(db) === "postgresql")
    return (
      (await db.$executeRaw`WITH updated AS (${update} RETURNING 1)
        INSERT INTO "ReviewLog" (${REVIEW_LOG_COLUMNS}) SELECT ${reviewLogValues(write, true)} FROM updated`) === 1
    );
  // SQLite has no UPDATE inside WITH; changes() tells the INSERT whether the UPDATE before it wrote the card.
  const updated = await writeGrouped(db, [
    update,
    Prisma.sql`INSERT INTO "ReviewLog" (${REVIEW_LOG_COLUMNS}) SELECT ${reviewLogValues(write, false)} WHERE changes() = 1`,
  ]);
  return updated === 1;
}

const REVIEW_LOG_COLUMNS = Prisma.raw(
  ["id", "userId", "userCardId", "deckId", "clientReviewId", "grade", "stateBefore", "stateAfter", "logDue"]
    .concat(["stabilityBefore", "difficultyBefore", "scheduledDaysBefore", "learningStepsBefore", "elapsedDays"])
    .concat(["lastElapsedDays", "stabilityAfter", "difficultyAfter", "scheduledDaysAfter", "dueAfter", "reviewedAt"])
    .concat(["studyDay", "durationMs"])
    .map((column) => `"${column}"`)
    .join(", "),
);

/**
 * The review log's values in REVIEW_LOG_COLUMNS' order. In a SELECT, PostgreSQL does not take a
 * parameter's type from the column it goes into, so `typed` casts the ones that are not text.
 */
function reviewLogValues(write: GradeWrite, typed: boolean): Prisma.Sql {
  const { record } = write;
  const as = (value: unknown, type: string) =>
    typed ? Prisma.sql`CAST(${value} AS ${Prisma.raw(type)})` : Prisma.sql`${value}`;
  const time = (value: Date) => as(value, "TIMESTAMP(3)");
  const real = (value: number) => as(value, "DOUBLE PRECISION");
  const int = (value: number | null) => as(value, "INTEGER");
  return Prisma.join([
    Prisma.sql`${randomUUID()}, ${write.userId}, ${write.card.id}, ${write.card.deckId}, ${write.clientReviewId}`,
    Prisma.sql`${record.grade}, ${record.stateBefore}, ${record.stateAfter}`,
    time(record.logDue),
    real(record.stabilityBefore),
    real(record.difficultyBefore),
    int(record.scheduledDaysBefore),
    int(record.learningStepsBefore),
    int(record.elapsedDays),
    int(record.lastElapsedDays),
    real(record.stabilityAfter),
    real(record.difficultyAfter),
    int(record.scheduledDaysAfter),
    time(record.dueAfter),
    time(record.reviewedAt),
    Prisma.sql`${write.studyDay}`,
    int(write.durationMs),
  ]);
}
