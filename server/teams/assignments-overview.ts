// A lead's overview of all the team's assignments at once. Progress is summed in the database per
// member, deck and topic (cards studied, recall) and per member and assignment (best quiz), in a
// fixed number of queries whatever the size of the team: each member's standing on each
// assignment is then a little arithmetic on those sums (lib/teams/overview).
import { Prisma } from "@/generated/sqlite/client";
import type { AssignmentStatus, MemberProgress } from "@/lib/teams/completion";
import { countStatuses, memberStanding, type StatusCounts } from "@/lib/teams/overview";
import type { Database } from "@/server/db/connection";
import { authorizeTeam } from "@/server/access/access";
import { recallNowSql } from "@/server/progress/card-aggregates";
import { MIN_QUIZ_QUESTIONS } from "./assignments";
import { assignedPeople } from "@/lib/teams/audience";
import type { TeamRole } from "@/lib/teams/permissions";

export type BehindMember = { userId: string; name: string | null; email: string; status: AssignmentStatus };

export type AssignmentOverview = {
  id: string;
  deck: { title: string; language: string };
  topic: string | null;
  dueAt: Date;
  assigned: number;
  counts: StatusCounts;
  /** Overdue members first, then those in progress but behind the pace; by name. */
  behind: BehindMember[];
};

export type OverviewOutcome =
  { ok: true; assignments: AssignmentOverview[] } | { ok: false; reason: "not-found" | "forbidden" };

/** Every assignment of the team, newest due first, with its members' standings. Admins only. */
export async function assignmentsOverview(
  db: Database,
  actorId: string,
  teamId: string,
  now: Date,
): Promise<OverviewOutcome> {
  const access = await authorizeTeam(db, actorId, teamId, "assignments.viewResults");
  if (!access.ok) return access;
  const [assignments, members] = await Promise.all([
    db.assignment.findMany({
      where: { teamId },
      orderBy: [{ dueAt: "desc" }, { createdAt: "desc" }],
      select: {
        id: true,
        deckId: true,
        topic: true,
        dueAt: true,
        createdAt: true,
        requireStudy: true,
        minRecall: true,
        requireQuiz: true,
        passPercent: true,
        wholeTeam: true,
        deck: { select: { title: true, language: true } },
        assignees: { select: { userId: true } },
      },
    }),
    db.teamMember.findMany({
      where: { teamId },
      select: { userId: true, role: true, user: { select: { name: true, email: true } } },
    }),
  ]);
  if (assignments.length === 0) return { ok: true, assignments: [] };
  const deckIds = [...new Set(assignments.map((a) => a.deckId))];
  const [cards, questions, studied, quizzes] = await Promise.all([
    countPerTopic(db, "Card", deckIds),
    countPerTopic(db, "Question", deckIds),
    studiedPerTopic(db, teamId, deckIds, now),
    bestQuizzes(db, teamId),
  ]);

  const people = new Map(members.map((m) => [m.userId, { userId: m.userId, ...m.user }]));
  const roles = members.map((m) => ({ userId: m.userId, role: m.role as TeamRole }));
  const overviews = assignments.map((a) => {
    const scope = (sums: ScopeSums, userId = "") => sums.of(userId, a.deckId, a.topic);
    const cardCount = scope(cards);
    const minQuestions = Math.min(MIN_QUIZ_QUESTIONS, scope(questions));
    const picked = new Set(a.assignees.map((x) => x.userId));
    const assignedIds = assignedPeople(roles, a.wholeTeam, picked).map((p) => p.userId);
    const standings = assignedIds.map((userId) => {
      const progress: MemberProgress = {
        cards: cardCount,
        studied: scope(studied.count, userId),
        recall: cardCount > 0 ? scope(studied.recall, userId) / cardCount : 0,
        bestQuizPercent: bestPercent(quizzes.get(`${a.id}\u0000${userId}`) ?? [], minQuestions),
      };
      return { userId, ...memberStanding(a, progress, now) };
    });
    const behind = standings
      .filter((s) => s.behind)
      .map((s) => ({ ...people.get(s.userId)!, status: s.status }))
      .sort((x, y) => rank(x.status) - rank(y.status) || label(x).localeCompare(label(y)));
    return {
      id: a.id,
      deck: a.deck,
      topic: a.topic,
      dueAt: a.dueAt,
      assigned: assignedIds.length,
      counts: countStatuses(standings),
      behind,
    };
  });
  return { ok: true, assignments: overviews };
}

const rank = (status: AssignmentStatus) => (status === "overdue" ? 0 : 1);
const label = (m: { name: string | null; email: string }) => m.name ?? m.email;

/** Sums per user ("" for none), deck and topic, each also added to its deck's total. */
class ScopeSums {
  private readonly sums = new Map<string, number>();
  private static key = (userId: string, deckId: string, topic: string | null | "whole deck") =>
    `${userId}\u0000${deckId}\u0000${topic === null ? "\u0001" : topic === "whole deck" ? "\u0002" : topic}`;

  add(userId: string, deckId: string, topic: string | null, value: number): void {
    for (const key of [ScopeSums.key(userId, deckId, topic), ScopeSums.key(userId, deckId, "whole deck")])
      this.sums.set(key, (this.sums.get(key) ?? 0) + value);
  }

  /** A topic assignment's own sum, or a whole deck's total. */
  of(userId: string, deckId: string, topic: string | null): number {
    return this.sums.get(ScopeSums.key(userId, deckId, topic ?? "whole deck")) ?? 0;
  }
}

/** Live cards or questions of live entries, per deck and topic. */
async function countPerTopic(db: Database, table: "Card" | "Question", deckIds: string[]) {
  const rows = await db.$queryRaw<{ deckId: string; topic: string | null; count: unknown }[]>`
    SELECT e."deckId" AS "deckId", e."topic" AS "topic", COUNT(*) AS "count"
    FROM ${Prisma.raw(`"${table}"`)} x JOIN "Entry" e ON e."id" = x."entryId"
    WHERE x."archivedAt" IS NULL AND e."archivedAt" IS NULL AND e."deckId" IN (${Prisma.join(deckIds)})
    GROUP BY e."deckId", e."topic"`;
  const sums = new ScopeSums();
  for (const r of rows) sums.add("", r.deckId, r.topic, Number(r.count));
  return sums;
}

/** Per member of the team, deck and topic: live cards studied at least once, and their summed recall now. */
async function studiedPerTopic(db: Database, teamId: string, deckIds: string[], now: Date) {
  const recall = recallNowSql(db, now);
  const rows = await db.$queryRaw<
    { userId: string; deckId: string; topic: string | null; studied: unknown; recallSum: unknown }[]
  >`
    SELECT uc."userId" AS "userId", e."deckId" AS "deckId", e."topic" AS "topic", COUNT(*) AS "studied",
      SUM(CASE WHEN uc."stability" > 0 THEN ${recall} ELSE 0 END) AS "recallSum"
    FROM "UserCard" uc
      JOIN "TeamMember" m ON m."userId" = uc."userId" AND m."teamId" = ${teamId}
      JOIN "Card" c ON c."id" = uc."cardId"
      JOIN "Entry" e ON e."id" = c."entryId"
    WHERE uc."deckId" IN (${Prisma.join(deckIds)}) AND uc."state" <> 'new'
      AND c."archivedAt" IS NULL AND e."archivedAt" IS NULL
    GROUP BY uc."userId", e."deckId", e."topic"`;
  const count = new ScopeSums();
  const recallSums = new ScopeSums();
  for (const r of rows) {
    count.add(r.userId, r.deckId, r.topic, Number(r.studied));
    recallSums.add(r.userId, r.deckId, r.topic, Number(r.recallSum ?? 0));
  }
  return { count, recall: recallSums };
}

type QuizBest = { questionCount: number; best: number };

/**
 * Per assignment and current member: the best share right of finished quizzes that count for it
 * (on its deck, its topic or the whole deck, started since it was made), per quiz length, so that
 * quizzes too short to count can be left out.
 */
async function bestQuizzes(db: Database, teamId: string): Promise<Map<string, QuizBest[]>> {
  const rows = await db.$queryRaw<
    { assignmentId: string; userId: string; questionCount: unknown; correctCount: unknown }[]
  >`
    SELECT a."id" AS "assignmentId", qa."userId" AS "userId", qa."questionCount" AS "questionCount",
      MAX(qa."correctCount") AS "correctCount"
    FROM "Assignment" a
      JOIN "QuizAttempt" qa ON qa."deckId" = a."deckId" AND qa."startedAt" >= a."createdAt"
        AND qa."kind" = 'quiz' AND qa."finishedAt" IS NOT NULL AND qa."questionCount" > 0
        AND (a."topic" IS NULL OR qa."topic" IS NULL OR qa."topic" = a."topic")
      JOIN "TeamMember" m ON m."teamId" = a."teamId" AND m."userId" = qa."userId"
    WHERE a."teamId" = ${teamId}
    GROUP BY a."id", qa."userId", qa."questionCount"`;
  const result = new Map<string, QuizBest[]>();
  for (const r of rows) {
    const key = `${r.assignmentId}\u0000${r.userId}`;
    const questionCount = Number(r.questionCount);
    result.set(key, [...(result.get(key) ?? []), { questionCount, best: Number(r.correctCount) / questionCount }]);
  }
  return result;
}

function bestPercent(quizzes: QuizBest[], minQuestions: number): number | null {
  const counted = quizzes.filter((q) => q.questionCount >= minQuestions);
  return counted.length === 0 ? null : Math.max(...counted.map((q) => Math.round(q.best * 100)));
}
