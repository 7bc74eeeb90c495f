import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gradeCard, studyQueue } from "@/server/study/study-service";
import { importSeedDeck } from "@/server/test/seed-deck";
import { seedUsers, takeQuiz, uuid } from "@/server/test/fixtures";
import { createTempDatabase } from "@/server/test/temp-database";
import { assignmentReport, createAssignment, myAssignments, teamAssignments } from "./assignments";
import { acceptInvite, createInvite, lookUpInvite, revokeInvite } from "./invites";
import { visibleDecksWhere } from "@/server/access/access";
import { changeRole, createTeam, removeMember, teamOverview } from "./teams";

const now = new Date("2026-11-25T09:00:00Z");
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);

describe("teams", () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  let deckId: string;
  let owner: string;
  let member: string;
  let outsider: string;
  let teamId: string;

  beforeAll(async () => {
    temp = await createTempDatabase();
    deckId = await importSeedDeck(temp.db, now);
    [owner, member, outsider] = await seedUsers(temp.db, ["owner", "member", "outsider"], now);
    teamId = (await createTeam(temp.db, owner, "Kernel team", now)).id;
  });
  afterAll(() => temp.cleanUp());

  it("joins through an invite once, and refuses revoked, expired and used-up invites", async () => {
    const invite = await createInvite(temp.db, owner, teamId, { expiresInDays: 7, maxUses: 1 }, now);
    if (!invite.ok) throw new Error("no invite");
    expect(await temp.db.teamInvite.count({ where: { tokenHash: invite.token } })).toBe(0); // only the hash is stored
    expect(await lookUpInvite(temp.db, invite.token, member, now)).toMatchObject({
      ok: true,
      teamName: "Kernel team",
      alreadyMember: false,
    });
    expect(await acceptInvite(temp.db, invite.token, member, now)).toEqual({ ok: true, teamId });
    expect(await acceptInvite(temp.db, invite.token, member, now)).toEqual({ ok: true, teamId }); // again: harmless
    expect(await acceptInvite(temp.db, invite.token, outsider, now)).toEqual({ ok: false, reason: "used-up" });

    const expiring = await createInvite(temp.db, owner, teamId, { expiresInDays: 1, maxUses: null }, now);
    if (!expiring.ok) throw new Error("no invite");
    expect(await acceptInvite(temp.db, expiring.token, outsider, inDays(2))).toEqual({ ok: false, reason: "expired" });
    const revoked = await createInvite(temp.db, owner, teamId, { expiresInDays: 7, maxUses: null }, now);
    if (!revoked.ok) throw new Error("no invite");
    const id = (
      await temp.db.teamInvite.findFirstOrThrow({
        where: { teamId, revokedAt: null, maxUses: null, expiresAt: inDays(7) },
      })
    ).id;
    expect(await revokeInvite(temp.db, member, id, now)).toEqual({ ok: false });
    expect(await revokeInvite(temp.db, owner, id, now)).toEqual({ ok: true });
    expect(await acceptInvite(temp.db, revoked.token, outsider, now)).toEqual({ ok: false, reason: "revoked" });
    expect(await acceptInvite(temp.db, "made-up-token", outsider, now)).toEqual({ ok: false, reason: "unknown" });
    expect(await teamOverview(temp.db, outsider, teamId)).toBeNull();
    expect((await teamOverview(temp.db, member, teamId))?.members.map((m) => m.role)).toEqual(["owner", "member"]);
  });

  it("lets only owners change roles and keeps one owner", async () => {
    expect(await createInvite(temp.db, member, teamId, { expiresInDays: 1, maxUses: null }, now)).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await createInvite(temp.db, outsider, teamId, { expiresInDays: 1, maxUses: null }, now)).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(await changeRole(temp.db, member, teamId, member, "owner")).toEqual({ ok: false, reason: "forbidden" });
    expect(await changeRole(temp.db, owner, teamId, owner, "member")).toEqual({ ok: false, reason: "last-owner" });
    expect(await removeMember(temp.db, owner, teamId, owner)).toEqual({ ok: false, reason: "last-owner" });
    expect(await changeRole(temp.db, owner, teamId, member, "admin")).toEqual({ ok: true });
    expect(await changeRole(temp.db, owner, teamId, member, "member")).toEqual({ ok: true });
  });

  it("computes a member's completion from study and quizzes, and the team's most missed questions", async () => {
    expect(
      await createAssignment(
        temp.db,
        member,
        teamId,
        {
          deckId,
          topic: null,
          dueAt: inDays(7),
          requireStudy: true,
          minRecall: 0.85,
          requireQuiz: true,
          passPercent: 80,
          members: "all",
          clientRequestId: "x",
        },
        now,
      ),
    ).toEqual({ ok: false, reason: "forbidden" });
    const input = {
      deckId,
      topic: null,
      dueAt: inDays(7),
      requireStudy: false,
      minRecall: 0.85,
      requireQuiz: true,
      passPercent: 80,
      members: [member],
      clientRequestId: "form-1",
    };
    const created = await createAssignment(temp.db, owner, teamId, input, now);
    expect(await createAssignment(temp.db, owner, teamId, input, now)).toEqual(created); // double submit
    if (!created.ok) throw new Error("not created");
    expect(await temp.db.assignment.count()).toBe(1);
    expect(
      await createAssignment(temp.db, owner, teamId, { ...input, members: [outsider], clientRequestId: "form-2" }, now),
    ).toEqual({ ok: false, reason: "members" });

    const [mine] = await myAssignments(temp.db, member, now);
    expect(mine).toMatchObject({
      id: created.assignmentId,
      status: "in-progress",
      progress: { bestQuizPercent: null },
    });
    expect(await myAssignments(temp.db, owner, now)).toEqual([]); // assigned to the member only
    expect((await teamAssignments(temp.db, owner, teamId))?.length).toBe(1);
    expect(await teamAssignments(temp.db, outsider, teamId)).toBeNull();

    // The member studies one card and passes a 5-question quiz with one wrong answer.
    const [card] = (await studyQueue(temp.db, member, deckId, now)).cards;
    await gradeCard(
      temp.db,
      member,
      { clientReviewId: "g1", userCardId: card!.userCardId, version: card!.version, grade: "good" },
      now,
    );
    // A 5-question quiz is too short to count; a 10-question one with one wrong answer passes.
    await takeQuiz(temp.db, member, { deckId, size: "5", clientAttemptId: uuid(8) }, now);
    expect((await myAssignments(temp.db, member, now))[0]).toMatchObject({
      status: "in-progress",
      progress: { bestQuizPercent: null },
    });
    const view = await takeQuiz(temp.db, member, { deckId, size: "10", clientAttemptId: uuid(9) }, now, [0]);
    const missed = view.questions[0]!;
    const wrongOption = missed.options[missed.feedback!.choice];

    expect((await myAssignments(temp.db, member, now))[0]).toMatchObject({
      status: "done",
      progress: { studied: 1, bestQuizPercent: 90 },
    });
    const report = await assignmentReport(temp.db, owner, created.assignmentId, now);
    if (!report.ok) throw new Error("no report");
    expect(report.report.members).toEqual([
      expect.objectContaining({
        userId: member,
        status: "done",
        progress: expect.objectContaining({ studied: 1, bestQuizPercent: 90 }),
      }),
    ]);
    // Only the one wrong answer is a miss (the short quiz may have asked it too, rightly answered).
    expect(report.report.questions).toEqual([
      expect.objectContaining({ questionId: missed.questionId, wrong: 1, topDistractor: wrongOption }),
    ]);
    expect(await assignmentReport(temp.db, member, created.assignmentId, now)).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await assignmentReport(temp.db, outsider, created.assignmentId, now)).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect((await assignmentReport(temp.db, owner, created.assignmentId, inDays(8))).ok).toBe(true);
  });

  it("shows a team's published decks to its members only", async () => {
    const team = await temp.db.deck.create({
      data: {
        slug: "team-deck",
        title: "Team deck",
        language: "en",
        description: "",
        sourcePath: "",
        contentHash: "x",
        teamId,
        publishedAt: now,
        createdAt: now,
        updatedAt: now,
      },
    });
    const ids = async (userId: string | null) =>
      (await temp.db.deck.findMany({ where: visibleDecksWhere(userId), select: { slug: true } }))
        .map((d) => d.slug)
        .sort();
    expect(await ids(member)).toEqual(["ebpf", "team-deck"]);
    expect(await ids(outsider)).toEqual(["ebpf"]);
    expect(await ids(null)).toEqual(["ebpf"]);
    await temp.db.deck.update({ where: { id: team.id }, data: { publishedAt: null, updatedAt: now } });
    expect(await ids(member)).toEqual(["ebpf"]);
  });
});
