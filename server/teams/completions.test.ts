import { describe, expect, it } from "vitest";
import { ensureUserCards, gradeCard } from "@/server/study/study-service";
import { importSeedDeck } from "@/server/test/seed-deck";
import { takeQuiz, useTempDatabase, useTestTeam, uuid } from "@/server/test/fixtures";
import { onPostgres } from "@/server/test/temp-database";
import { assignmentReport, createAssignment, myAssignments } from "./assignments";
import { openAssignments, recordCompletions } from "./completions";
import { openStudyAssignmentSql } from "./open-assignment-sql";
import { Prisma } from "@/generated/sqlite/client";
import type { Database } from "@/server/db/connection";

const now = new Date("2026-11-25T09:00:00Z");
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);
const rule = { topic: null, minRecall: 0.85, passPercent: 80, members: "all" as const };

/** Grades every card of the deck Easy at `at`, recording completions after each grade as the grade route does. */
async function studyWholeDeck(db: Database, userId: string, deckId: string, at: Date): Promise<void> {
  await ensureUserCards(db, userId, deckId, at);
  const cards = await db.userCard.findMany({ where: { userId, deckId }, select: { id: true, version: true } });
  for (const [i, card] of cards.entries()) {
    const input = { clientReviewId: `study-${i}`, userCardId: card.id, version: card.version, grade: "easy" as const };
    const graded = await gradeCard(db, userId, input, at);
    if (graded.ok && graded.assignmentOpen) await recordCompletions(db, userId, graded.deckId, "grade", at);
  }
}

describe("first completions", () => {
  const temp = useTempDatabase();
  const team = useTestTeam(temp, now);

  it("records when a member meets a study rule, and keeps them done when their recall decays", async () => {
    const deckId = await importSeedDeck(temp.db, now);
    const created = await createAssignment(
      temp.db,
      team.owner,
      team.id,
      // The whole team is its learners; the admin is picked as well.
      {
        ...rule,
        alsoAssign: [team.admin],
        deckId,
        dueAt: inDays(7),
        requireStudy: true,
        requireQuiz: false,
        clientRequestId: "study",
      },
      now,
    );
    if (!created.ok) throw new Error("not created");
    const studiedAt = inDays(1);
    await studyWholeDeck(temp.db, team.member, deckId, studiedAt);

    const completions = await temp.db.assignmentCompletion.findMany({ where: { assignmentId: created.assignmentId } });
    expect(completions).toEqual([{ assignmentId: created.assignmentId, userId: team.member, completedAt: studiedAt }]);

    // Months later the recall has decayed below the rule: still done, with the first time kept.
    const later = inDays(200);
    expect(await recordCompletions(temp.db, team.member, deckId, "quiz", later)).toEqual([]);
    const report = await assignmentReport(temp.db, team.owner, created.assignmentId, later);
    if (!report.ok) throw new Error("no report");
    const member = report.report.members.find((m) => m.userId === team.member)!;
    expect(member.progress.recall).toBeLessThan(0.85);
    expect(member).toMatchObject({ status: "done", firstCompletedAt: studiedAt, lastActivityAt: studiedAt });
    const admin = report.report.members.find((m) => m.userId === team.admin)!;
    expect(admin).toMatchObject({ status: "overdue", firstCompletedAt: null, lastActivityAt: null });
    expect((await myAssignments(temp.db, team.member, later))[0]).toMatchObject({ status: "done" });
  });

  it("records a quiz completion when the passing quiz finishes, once", async () => {
    const deckId = (await temp.db.deck.findUniqueOrThrow({ where: { slug: "ebpf" } })).id;
    const created = await createAssignment(
      temp.db,
      team.owner,
      team.id,
      {
        ...rule,
        alsoAssign: [team.admin],
        deckId,
        dueAt: inDays(7),
        requireStudy: false,
        requireQuiz: true,
        clientRequestId: "quiz",
      },
      now,
    );
    if (!created.ok) throw new Error("not created");
    const failedAt = inDays(1);
    await takeQuiz(temp.db, team.admin, { deckId, size: "10", clientAttemptId: uuid(1) }, failedAt, [0, 1, 2]);
    const ofAdmin = { assignmentId: created.assignmentId, userId: team.admin };
    expect(await temp.db.assignmentCompletion.count({ where: ofAdmin })).toBe(0);

    const passedAt = inDays(2);
    await takeQuiz(temp.db, team.admin, { deckId, size: "10", clientAttemptId: uuid(2) }, passedAt);
    await takeQuiz(temp.db, team.admin, { deckId, size: "10", clientAttemptId: uuid(3) }, inDays(3));
    expect(await temp.db.assignmentCompletion.findMany({ where: ofAdmin })).toEqual([
      { ...ofAdmin, completedAt: passedAt },
    ]);
  });
});

// The grade's read tests for an open assignment in SQL (openStudyAssignmentSql); the rest with the Prisma filter.
describe("the SQL form of an open study assignment", () => {
  const temp = useTempDatabase();
  const team = useTestTeam(temp, now);

  it("answers as the Prisma filter does, for every user, as assignments are made and completed", async () => {
    const deckId = await importSeedDeck(temp.db, now);
    const users = { owner: team.owner, admin: team.admin, member: team.member, outsider: team.outsider };
    const openFor = async () => {
      const bySql: Record<string, boolean> = {};
      const byPrisma: Record<string, boolean> = {};
      for (const [name, userId] of Object.entries(users)) {
        const [row] = await temp.db.$queryRaw<{ open: unknown }[]>`
          SELECT ${openStudyAssignmentSql(userId, Prisma.sql`${deckId}`)} AS "open"`;
        bySql[name] = Boolean(Number(row!.open));
        byPrisma[name] = !!(await temp.db.assignment.findFirst({ where: openAssignments(userId, deckId, "grade") }));
      }
      expect(bySql).toEqual(byPrisma);
      return Object.keys(bySql).filter((name) => bySql[name]);
    };
    const assign = async (clientRequestId: string, fields: object) => {
      const base = { ...rule, deckId, dueAt: inDays(7), requireStudy: true, requireQuiz: false, clientRequestId };
      const created = await createAssignment(temp.db, team.owner, team.id, { ...base, ...fields }, now);
      if (!created.ok) throw new Error(created.reason);
      return created.assignmentId;
    };

    expect(await openFor()).toEqual([]);
    await assign("quiz-only", { requireStudy: false, requireQuiz: true });
    expect(await openFor()).toEqual([]);
    const wholeTeam = await assign("whole-team", {});
    expect(await openFor()).toEqual(["member"]);
    await temp.db.assignmentCompletion.create({
      data: { assignmentId: wholeTeam, userId: team.member, completedAt: now },
    });
    expect(await openFor()).toEqual([]);
    await assign("picked", { members: [team.admin] });
    expect(await openFor()).toEqual(["admin"]);
  });

  // Every grade asks it: a scan of every team's assignments would grow with the whole installation.
  it.skipIf(onPostgres)("finds the deck's assignments by index, not by reading every assignment", async () => {
    const plan = await temp.db.$queryRaw<{ detail: string }[]>`
      EXPLAIN QUERY PLAN SELECT ${openStudyAssignmentSql(team.member, Prisma.sql`${"deck-id"}`)} AS "open"`;
    const details = plan.map((p) => p.detail);
    expect(details.some((d) => /\bAssignment_deckId_idx\b/.test(d))).toBe(true);
    expect(details.filter((d) => /^SCAN\b/.test(d) && d !== "SCAN CONSTANT ROW")).toEqual([]);
  });
});
