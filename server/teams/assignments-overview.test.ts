import { beforeAll, describe, expect, it } from "vitest";
import { derivedFrom } from "@/server/db/connection";
import { gradeCard, studyQueue } from "@/server/study/study-service";
import { importSeedDeck } from "@/server/test/seed-deck";
import { seedUsers, takeQuiz, useTempDatabase, useTestTeam, uuid } from "@/server/test/fixtures";
import { assignmentReport, createAssignment } from "./assignments";
import { assignmentsOverview } from "./assignments-overview";

const now = new Date("2026-11-20T09:00:00Z");
const inDays = (n: number) => new Date(now.getTime() + n * 86_400_000);
const rule = { topic: null, minRecall: 0.85, passPercent: 80 };

describe("assignments overview", () => {
  const temp = useTempDatabase();
  const team = useTestTeam(temp, now);
  let deckId: string;
  let late: string;
  const ids = { quiz: "", study: "" };

  beforeAll(async () => {
    deckId = await importSeedDeck(temp.db, now);
    [late] = await seedUsers(temp.db, ["late"], now);
    await temp.db.teamMember.create({ data: { teamId: team.id, userId: late, role: "member", joinedAt: now } });
    const assign = async (n: number, input: object) => {
      const made = await createAssignment(
        temp.db,
        team.owner,
        team.id,
        { deckId, ...rule, clientRequestId: uuid(n), ...input } as Parameters<typeof createAssignment>[3],
        now,
      );
      if (!made.ok) throw new Error(made.reason);
      return made.assignmentId;
    };
    // Whole team, pass a quiz within a week; chosen members, study every card by tomorrow.
    ids.quiz = await assign(1, { members: "all", dueAt: inDays(7), requireStudy: false, requireQuiz: true });
    ids.study = await assign(2, {
      members: [team.member, late],
      dueAt: inDays(1),
      requireStudy: true,
      requireQuiz: false,
    });
    // The member studies one card and passes a 10-question quiz with one wrong answer (90 %).
    const [card] = (await studyQueue(temp.db, team.member, deckId, now)).cards;
    await gradeCard(
      temp.db,
      team.member,
      { clientReviewId: "g1", userCardId: card!.userCardId, version: card!.version, grade: "good" },
      now,
    );
    await takeQuiz(temp.db, team.member, { deckId, size: "10", clientAttemptId: uuid(3) }, now, [0]);
    // The outsider's quiz on the same deck counts for no one here.
    await takeQuiz(temp.db, team.outsider, { deckId, size: "10", clientAttemptId: uuid(4) }, now);
  });

  it("counts each assignment's members by status, newest due first, and names who is behind", async () => {
    const overview = await assignmentsOverview(temp.db, team.admin, team.id, inDays(2));
    if (!overview.ok) throw new Error(overview.reason);
    expect(overview.assignments.map((a) => a.id)).toEqual([ids.quiz, ids.study]);
    const [quiz, study] = overview.assignments;
    // The whole team is its two learners (not its leads). Two days of seven gone: the one who has not
    // quizzed yet is behind the pace, not overdue.
    expect(quiz).toMatchObject({ assigned: 2, counts: { done: 1, "in-progress": 1, overdue: 0 } });
    expect(quiz!.behind.map((m) => [m.name, m.status])).toEqual([["late", "in-progress"]]);
    // Due yesterday, with 1 and 0 of 57 cards studied: both overdue.
    expect(study).toMatchObject({ assigned: 2, counts: { done: 0, "in-progress": 0, overdue: 2 } });
    expect(study!.behind.map((m) => [m.name, m.status])).toEqual([
      ["late", "overdue"],
      ["member", "overdue"],
    ]);
  });

  it("agrees with each assignment's results page", async () => {
    const overview = await assignmentsOverview(temp.db, team.owner, team.id, inDays(2));
    if (!overview.ok) throw new Error(overview.reason);
    for (const row of overview.assignments) {
      const report = await assignmentReport(temp.db, team.owner, row.id, inDays(2));
      if (!report.ok) throw new Error(report.reason);
      const statuses = report.report.members.map((m) => m.status);
      expect(row.counts).toEqual({
        done: statuses.filter((s) => s === "done").length,
        "in-progress": statuses.filter((s) => s === "in-progress").length,
        overdue: statuses.filter((s) => s === "overdue").length,
      });
    }
  });

  it("shows the overview to the team's admins only", async () => {
    expect(await assignmentsOverview(temp.db, team.member, team.id, now)).toEqual({ ok: false, reason: "forbidden" });
    expect(await assignmentsOverview(temp.db, team.outsider, team.id, now)).toEqual({
      ok: false,
      reason: "not-found",
    });
  });

  it("asks the database the same number of times for a bigger team with more assignments", async () => {
    const queriesFor = async () => {
      let count = 0;
      const counting = temp.db.$extends({
        query: {
          $allOperations: ({ args, query }) => {
            count += 1;
            return query(args);
          },
        },
      });
      const overview = await assignmentsOverview(derivedFrom(counting, temp.db), team.owner, team.id, inDays(2));
      expect(overview.ok).toBe(true);
      return count;
    };
    const before = await queriesFor();
    const more = await seedUsers(temp.db, ["m1", "m2", "m3", "m4", "m5"], now);
    await temp.db.teamMember.createMany({
      data: more.map((userId) => ({ teamId: team.id, userId, role: "member", joinedAt: now })),
    });
    for (const n of [5, 6, 7])
      await createAssignment(
        temp.db,
        team.owner,
        team.id,
        {
          deckId,
          ...rule,
          members: [...more],
          dueAt: inDays(n),
          requireStudy: true,
          requireQuiz: true,
          clientRequestId: uuid(n),
        },
        now,
      );
    expect(await queriesFor()).toBe(before);
    // The role, the assignments, the members, then four sums.
    expect(before).toBe(7);
  });
});
