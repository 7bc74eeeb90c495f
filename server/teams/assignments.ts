// Assignments: a deck (or topic) a team must learn by a date. Completion is computed from the
// members' real card states and quiz attempts each time it is shown.
import { dueAtEndOf, memberStatus, type AssignmentStatus, type MemberProgress } from "@/lib/teams/completion";
import { DEFAULT_MIN_RECALL_PERCENT, DEFAULT_PASS_PERCENT } from "@/lib/teams/assignment-defaults";
import type { AssignmentRequest } from "@/lib/teams/requests";
import { questionMisses } from "@/lib/teams/question-misses";
import { Prisma } from "@/generated/sqlite/client";
import type { Database } from "@/server/db/connection";
import { recallNowSql } from "@/server/progress/card-aggregates";
import { authorizeTeam, teamDecksWhere } from "@/server/access/access";
import { learnerSettings } from "@/server/study/study-service";
import { optionsOf } from "@/server/db/columns";
import { createOrFind } from "@/server/db/transaction";

/** What an assignment asks: a deck's topic (or all of it) by a date, and how completion is judged. */
type AssignmentRule = {
  topic: string | null;
  dueAt: Date;
  requireStudy: boolean;
  minRecall: number;
  requireQuiz: boolean;
  passPercent: number;
};

export type AssignmentInput = AssignmentRule & {
  deckId: string;
  /** "all": the team's learners (role member), now and later; else these people, whatever their role. */
  members: "all" | string[];
  /** With "all": owners or admins picked as well (a lead who also takes the course). */
  alsoAssign?: string[];
  clientRequestId: string;
};

/**
 * The assignments that apply to a user: whole-team ones while they are one of its learners (role
 * member; leads are not learners of their own assignments), and the ones they were picked for.
 */
export function assignedTo(userId: string) {
  return {
    OR: [
      { wholeTeam: true, team: { members: { some: { userId, role: "member" } } } },
      { assignees: { some: { userId } } },
    ],
  };
}

export type CreateAssignmentOutcome =
  { ok: true; assignmentId: string } | { ok: false; reason: "not-found" | "forbidden" | "deck" | "members" };

export async function createAssignment(
  db: Database,
  actorId: string,
  teamId: string,
  input: AssignmentInput,
  now: Date,
): Promise<CreateAssignmentOutcome> {
  const deck = await deckToAssign(db, actorId, teamId, { id: input.deckId });
  if (!deck.ok) return deck;
  return insertAssignment(db, actorId, { ...input, teamId }, now);
}

/** The team's deck (by id or slug) when the actor may make assignments and the team can see it. */
async function deckToAssign(
  db: Database,
  actorId: string,
  teamId: string,
  which: { id: string } | { slug: string },
): Promise<{ ok: true; id: string } | { ok: false; reason: "not-found" | "forbidden" | "deck" }> {
  const access = await authorizeTeam(db, actorId, teamId, "assignments.manage");
  if (!access.ok) return access;
  const deck = await db.deck.findFirst({ where: { ...which, ...teamDecksWhere(teamId) }, select: { id: true } });
  return deck ? { ok: true, id: deck.id } : { ok: false, reason: "deck" };
}

/** Saves an assignment the actor may make on a deck the team can see: once per client request id. */
async function insertAssignment(
  db: Database,
  actorId: string,
  { teamId, members, alsoAssign = [], clientRequestId, ...assignment }: AssignmentInput & { teamId: string },
  now: Date,
): Promise<CreateAssignmentOutcome> {
  const sameRequest = { teamId_clientRequestId: { teamId, clientRequestId } };
  const existing = await db.assignment.findUnique({ where: sameRequest, select: { id: true } });
  if (existing) return { ok: true, assignmentId: existing.id };
  const memberIds = [...new Set(members === "all" ? alsoAssign : members)];
  if (members !== "all" && memberIds.length === 0) return { ok: false, reason: "members" };
  const found = await db.teamMember.count({ where: { teamId, userId: { in: memberIds } } });
  if (found !== memberIds.length) return { ok: false, reason: "members" };
  const created = await createOrFind(
    () =>
      db.assignment.create({
        data: {
          teamId,
          deckId: assignment.deckId,
          topic: assignment.topic,
          dueAt: assignment.dueAt,
          requireStudy: assignment.requireStudy,
          minRecall: assignment.minRecall,
          requireQuiz: assignment.requireQuiz,
          passPercent: assignment.passPercent,
          wholeTeam: members === "all",
          createdById: actorId,
          clientRequestId,
          createdAt: now,
          assignees: { create: memberIds.map((userId) => ({ userId })) },
        },
        select: { id: true },
      }),
    () => db.assignment.findUniqueOrThrow({ where: sameRequest, select: { id: true } }),
  );
  return { ok: true, assignmentId: created.id };
}

export type AssignDeckOutcome = CreateAssignmentOutcome | { ok: false; reason: "dueDatePast" };

/** The assignment form's request: the deck by slug, due at the end of the chosen day in the lead's time zone. */
export async function assignDeck(
  db: Database,
  actorId: string,
  request: AssignmentRequest,
  now: Date,
): Promise<AssignDeckOutcome> {
  const deck = await deckToAssign(db, actorId, request.teamId, { slug: request.deck });
  if (!deck.ok) return deck;
  const dueAt = dueAtEndOf(request.dueDate, (await learnerSettings(db, actorId)).timeZone);
  if (dueAt < now) return { ok: false, reason: "dueDatePast" };
  const members = request.everyone ? "all" : request.members;
  const alsoAssign = request.everyone ? request.members : [];
  // A rule that is off keeps the default threshold, so that turning it on later starts from it.
  const thresholds = {
    minRecall: request.minRecall ?? DEFAULT_MIN_RECALL_PERCENT / 100,
    passPercent: request.passPercent ?? DEFAULT_PASS_PERCENT,
  };
  return insertAssignment(db, actorId, { ...request, ...thresholds, deckId: deck.id, dueAt, members, alsoAssign }, now);
}

export const assignmentSelect = {
  id: true,
  teamId: true,
  topic: true,
  dueAt: true,
  requireStudy: true,
  minRecall: true,
  requireQuiz: true,
  passPercent: true,
  wholeTeam: true,
  createdAt: true,
  deck: { select: { id: true, slug: true, title: true, language: true } },
  team: { select: { name: true } },
} as const;

export type AssignmentRow = AssignmentRule & {
  id: string;
  teamId: string;
  wholeTeam: boolean;
  createdAt: Date;
  deck: { id: string; slug: string; title: string; language: string };
  team: { name: string };
};

export type AssignmentSummary = Omit<AssignmentRow, "createdAt"> & {
  status: AssignmentStatus;
  progress: MemberProgress;
};

/** The signed-in member's assignments (in all their teams, or in `teamId`), soonest due first, with their own status. */
export async function myAssignments(
  db: Database,
  userId: string,
  now: Date,
  teamId?: string,
): Promise<AssignmentSummary[]> {
  const rows = await db.assignment.findMany({
    where: { ...(teamId ? { teamId } : {}), team: { members: { some: { userId } } }, ...assignedTo(userId) },
    orderBy: { dueAt: "asc" },
    take: 50,
    select: assignmentSelect,
  });
  const completed = await firstCompletions(
    db,
    rows.map((r) => r.id),
    [userId],
  );
  const summaries: AssignmentSummary[] = [];
  for (const row of rows) {
    const progress = (await memberProgress(db, row, [userId], now)).get(userId)!;
    const status = memberStatus(row, progress, completed.get(`${row.id}:${userId}`) ?? null, now);
    summaries.push({ ...row, status, progress });
  }
  return summaries;
}

/** The team's assignments: all of them for admins, a member's own for a member. */
export async function teamAssignments(
  db: Database,
  userId: string,
  teamId: string,
): Promise<Omit<AssignmentRow, "createdAt">[] | null> {
  const access = await authorizeTeam(db, userId, teamId, "assignments.view");
  if (!access.ok) return null;
  const mine = (await authorizeTeam(db, userId, teamId, "assignments.viewResults")).ok ? {} : assignedTo(userId);
  return db.assignment.findMany({ where: { teamId, ...mine }, orderBy: { dueAt: "asc" }, select: assignmentSelect });
}

export type MemberResult = {
  userId: string;
  name: string | null;
  email: string;
  progress: MemberProgress;
  status: AssignmentStatus;
  /** When the member first met the rule; kept when their recall decays later. */
  firstCompletedAt: Date | null;
  /** Their latest review or quiz on the assignment's deck. */
  lastActivityAt: Date | null;
};
export type QuestionResult = {
  questionId: string;
  stem: string;
  answers: number;
  wrong: number;
  wrongShare: number;
  topDistractor: string | null;
  topDistractorCount: number;
};
export type AssignmentReport = { assignment: AssignmentRow; members: MemberResult[]; questions: QuestionResult[] };

/** The lead's view: a row per assigned member and the questions they miss most. Admins only. */
export async function assignmentReport(
  db: Database,
  actorId: string,
  assignmentId: string,
  now: Date,
): Promise<{ ok: true; report: AssignmentReport } | { ok: false; reason: "not-found" | "forbidden" }> {
  const assignment = await db.assignment.findUnique({ where: { id: assignmentId }, select: assignmentSelect });
  if (!assignment) return { ok: false, reason: "not-found" };
  const access = await authorizeTeam(db, actorId, assignment.teamId, "assignments.viewResults");
  if (!access.ok) return access;
  const members = await assignedMembers(db, assignment, now);
  const userIds = members.map((m) => m.userId);
  return { ok: true, report: { assignment, members, questions: await teamQuestionMisses(db, assignment, userIds) } };
}

/** A row per member the assignment is for, with their progress and status at `now`. No authorization: callers check. */
export async function assignedMembers(db: Database, assignment: AssignmentRow, now: Date): Promise<MemberResult[]> {
  const people = await db.teamMember.findMany({
    where: {
      teamId: assignment.teamId,
      OR: [
        ...(assignment.wholeTeam ? [{ role: "member" }] : []),
        { user: { assignedTo: { some: { assignmentId: assignment.id } } } },
      ],
    },
    orderBy: { joinedAt: "asc" },
    select: { userId: true, user: { select: { name: true, email: true } } },
  });
  const userIds = people.map((p) => p.userId);
  const [progress, completed, lastActivity] = await Promise.all([
    memberProgress(db, assignment, userIds, now),
    firstCompletions(db, [assignment.id], userIds),
    lastActivityOn(db, assignment.deck.id, userIds),
  ]);
  return people.map((p) => {
    const mine = progress.get(p.userId)!;
    const firstCompletedAt = completed.get(`${assignment.id}:${p.userId}`) ?? null;
    return {
      userId: p.userId,
      name: p.user.name,
      email: p.user.email,
      progress: mine,
      status: memberStatus(assignment, mine, firstCompletedAt, now),
      firstCompletedAt,
      lastActivityAt: lastActivity.get(p.userId) ?? null,
    };
  });
}

/** The recorded first completions of these assignments by these members, by "assignmentId:userId". */
async function firstCompletions(db: Database, assignmentIds: string[], userIds: string[]): Promise<Map<string, Date>> {
  const rows = await db.assignmentCompletion.findMany({
    where: { assignmentId: { in: assignmentIds }, userId: { in: userIds } },
    select: { assignmentId: true, userId: true, completedAt: true },
  });
  return new Map(rows.map((r) => [`${r.assignmentId}:${r.userId}`, r.completedAt]));
}

/** Each member's latest review or quiz answer on the deck. */
async function lastActivityOn(db: Database, deckId: string, userIds: string[]): Promise<Map<string, Date>> {
  if (userIds.length === 0) return new Map();
  const [reviews, quizzes] = await Promise.all([
    // A latest review per member, each read off the (userId, deckId, reviewedAt) index: one GROUP BY
    // over all their reviews takes PostgreSQL a second for a team with two million.
    db.$queryRaw<{ userId: string; at: Date | string | null }[]>`
      SELECT u."id" AS "userId",
        (SELECT MAX(r."reviewedAt") FROM "ReviewLog" r WHERE r."userId" = u."id" AND r."deckId" = ${deckId}) AS "at"
      FROM "User" u WHERE u."id" IN (${Prisma.join(userIds)})`,
    db.quizAttempt.groupBy({
      by: ["userId"],
      where: { userId: { in: userIds }, deckId },
      _max: { startedAt: true, finishedAt: true },
    }),
  ]);
  const latest = new Map<string, Date>();
  const keep = (userId: string, at: Date | null) => {
    const seen = latest.get(userId);
    if (at && (!seen || at > seen)) latest.set(userId, at);
  };
  // SQLite answers MAX of a date column as its text.
  for (const r of reviews) keep(r.userId, r.at === null ? null : new Date(r.at));
  for (const q of quizzes) {
    keep(q.userId, q._max.startedAt);
    keep(q.userId, q._max.finishedAt);
  }
  return latest;
}

/** Quizzes that count: real quizzes (not retries of missed questions) on the deck or topic since the assignment was made. */
function quizAttemptsOf(assignment: AssignmentRow, userIds: string[]) {
  // A whole-deck quiz counts for a topic assignment too.
  return {
    userId: { in: userIds },
    kind: "quiz",
    deckId: assignment.deck.id,
    startedAt: { gte: assignment.createdAt },
    ...(assignment.topic ? { OR: [{ topic: assignment.topic }, { topic: null }] } : {}),
  };
}

/** A passing quiz must ask at least this many questions (or all there are), so five lucky answers do not complete an assignment. */
export const MIN_QUIZ_QUESTIONS = 10;

/** The live cards an assignment covers: its deck's, or its topic's. */
export function assignedCardsWhere(assignment: Pick<AssignmentRow, "deck" | "topic">) {
  return {
    archivedAt: null,
    entry: { deckId: assignment.deck.id, archivedAt: null, ...(assignment.topic ? { topic: assignment.topic } : {}) },
  };
}

/** Each member's progress: cards studied and recall summed in the database, best quiz that counts. */
export async function memberProgress(
  db: Database,
  assignment: AssignmentRow,
  userIds: string[],
  now: Date,
): Promise<Map<string, MemberProgress>> {
  const assigned = assignedCardsWhere(assignment);
  const [cardCount, studied, attempts, questionsInScope] = await Promise.all([
    db.card.count({ where: assigned }),
    studiedCards(db, assignment, userIds, now),
    db.quizAttempt.findMany({
      where: { ...quizAttemptsOf(assignment, userIds), finishedAt: { not: null } },
      select: { userId: true, correctCount: true, questionCount: true },
    }),
    db.question.count({ where: { archivedAt: null, entry: assigned.entry } }),
  ]);
  const minQuestions = Math.min(MIN_QUIZ_QUESTIONS, questionsInScope);
  const result = new Map<string, MemberProgress>(
    userIds.map((id) => {
      const mine = studied.get(id);
      const recall = mine && cardCount > 0 ? mine.recallSum / cardCount : 0;
      return [id, { cards: cardCount, studied: mine?.studied ?? 0, recall, bestQuizPercent: null }];
    }),
  );
  for (const attempt of attempts.filter((a) => a.questionCount >= minQuestions)) {
    const progress = result.get(attempt.userId)!;
    const percent = Math.round((attempt.correctCount / attempt.questionCount) * 100);
    progress.bestQuizPercent = Math.max(progress.bestQuizPercent ?? 0, percent);
  }
  return result;
}

/** Per member: the assignment's live cards they studied at least once, and their summed recall now. */
async function studiedCards(
  db: Database,
  assignment: AssignmentRow,
  userIds: string[],
  now: Date,
): Promise<Map<string, { studied: number; recallSum: number }>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ userId: string; studied: unknown; recallSum: unknown }[]>`
    SELECT uc."userId" AS "userId", COUNT(*) AS "studied",
      SUM(CASE WHEN uc."stability" > 0 THEN ${recallNowSql(db, now)} ELSE 0 END) AS "recallSum"
    FROM "UserCard" uc
      JOIN "Card" c ON c."id" = uc."cardId"
      JOIN "Entry" e ON e."id" = c."entryId"
    WHERE uc."userId" IN (${Prisma.join(userIds)}) AND uc."deckId" = ${assignment.deck.id} AND uc."state" <> 'new'
      AND c."archivedAt" IS NULL AND e."archivedAt" IS NULL
      ${assignment.topic ? Prisma.sql`AND e."topic" = ${assignment.topic}` : Prisma.empty}
    GROUP BY uc."userId"`;
  return new Map(rows.map((r) => [r.userId, { studied: Number(r.studied), recallSum: Number(r.recallSum ?? 0) }]));
}

async function teamQuestionMisses(
  db: Database,
  assignment: AssignmentRow,
  userIds: string[],
): Promise<QuestionResult[]> {
  const counts = await db.quizAnswer.groupBy({
    by: ["questionId", "chosenIndex", "correct"],
    where: { attempt: quizAttemptsOf(assignment, userIds) },
    _count: { _all: true },
  });
  const misses = questionMisses(
    counts.map((c) => ({
      questionId: c.questionId,
      chosenIndex: c.chosenIndex,
      correct: c.correct,
      count: c._count._all,
    })),
  ).filter((q) => q.wrong > 0);
  const questions = await db.question.findMany({
    where: { id: { in: misses.map((m) => m.questionId) } },
    select: { id: true, stem: true, options: true },
  });
  const byId = new Map(questions.map((q) => [q.id, { stem: q.stem, options: optionsOf(q.options) }]));
  return misses.map((m) => ({
    questionId: m.questionId,
    stem: byId.get(m.questionId)?.stem ?? "",
    answers: m.answers,
    wrong: m.wrong,
    wrongShare: m.wrongShare,
    topDistractor: m.topDistractor ? (byId.get(m.questionId)?.options[m.topDistractor.index] ?? null) : null,
    topDistractorCount: m.topDistractor?.count ?? 0,
  }));
}
