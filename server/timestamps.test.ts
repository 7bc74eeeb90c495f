// Every timestamp a service writes comes from the `now` it is given, never from a column default
// or another clock. The clocks here are decades away from the real date, so a database default,
// a `new Date()` inside a service or Prisma's own @updatedAt clock shows up as a value outside them.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/study/settings";
import type { Database } from "@/server/db/connection";
import { changeCard, gradeCard, saveLearnerSettings, studyQueue } from "@/server/study/study-service";
import { createAssignment, myAssignments } from "@/server/teams/assignments";
import { createCalendarFeed, resetCalendarFeed } from "@/server/calendar/calendar-feed";
import { acceptInvite, createInvite } from "@/server/teams/invites";
import { reportItem, resolveReport } from "@/server/teams/reports";
import { publishTeamDeck, saveDraft } from "@/server/teams/team-decks";
import { createTeam } from "@/server/teams/teams";
import { importSeedDeck } from "@/server/test/seed-deck";
import { seedUsers, takeQuiz, uuid } from "@/server/test/fixtures";
import { createTempDatabase } from "@/server/test/temp-database";

const created = new Date("2001-02-03T04:05:06.000Z");
const changed = new Date("2001-02-04T07:08:09.000Z");

/** Every model's record-keeping timestamps, read from the schema so that a new one is checked too. */
function timestampColumns(): { model: string; field: string }[] {
  const schema = readFileSync("prisma/schema.prisma", "utf8");
  return [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].flatMap(([, model, body]) =>
    [...body!.matchAll(/^\s+(createdAt|updatedAt|joinedAt)\s+DateTime\b/gm)].map(([, field]) => ({
      model: model!,
      field: field!,
    })),
  );
}

async function storedTimes(db: Database, model: string, field: string): Promise<Date[]> {
  const delegate = (db as unknown as Record<string, { findMany(args: object): Promise<Record<string, Date>[]> }>)[
    model.charAt(0).toLowerCase() + model.slice(1)
  ]!;
  return (await delegate.findMany({ select: { [field]: true } })).map((row) => row[field]!);
}

describe("timestamps", () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  beforeAll(async () => {
    temp = await createTempDatabase();
  });
  afterAll(() => temp.cleanUp());

  it("the schema leaves no timestamp to a default clock", () => {
    const schema = readFileSync("prisma/schema.prisma", "utf8").replace(/\/\/.*$/gm, "");
    expect(schema).not.toMatch(/@default\(now\(\)\)|@updatedAt/);
    expect(timestampColumns().length).toBeGreaterThanOrEqual(20);
  });

  it("come from the caller's clock in every table a service writes, and an assignment counts quizzes from then", async () => {
    const db = temp.db;
    const deckId = await importSeedDeck(db, created);
    const [owner, member] = await seedUsers(db, ["owner", "member"], created);
    const { id: teamId } = await createTeam(db, owner, "Clock team", created);
    const invite = await createInvite(db, owner, teamId, { expiresInDays: 7, maxUses: null }, created);
    if (!invite.ok) throw new Error("no invite");
    expect(await acceptInvite(db, invite.token, member, created)).toEqual({ ok: true, teamId });
    const assignment = await createAssignment(
      db,
      owner,
      teamId,
      {
        deckId,
        topic: null,
        dueAt: new Date(created.getTime() + 7 * 86_400_000),
        requireStudy: false,
        minRecall: 0.85,
        requireQuiz: true,
        passPercent: 80,
        members: "all",
        clientRequestId: uuid(1),
      },
      created,
    );
    expect(assignment.ok).toBe(true);
    await saveLearnerSettings(db, member, DEFAULT_STUDY_SETTINGS, created);
    const [first, second] = (await studyQueue(db, member, deckId, created)).cards;
    const draft = await saveDraft(
      db,
      owner,
      {
        teamId,
        title: "Runbook",
        language: "en",
        fileName: "team-faq.md",
        markdown: readFileSync("e2e/fixtures/team-faq.md"),
        clientRequestId: uuid(2),
      },
      created,
    );
    if (!draft.ok) throw new Error("no draft");

    // A day later: every kind of update.
    await saveLearnerSettings(db, member, { ...DEFAULT_STUDY_SETTINGS, newPerDay: 5 }, changed);
    await gradeCard(
      db,
      member,
      { clientReviewId: "r1", userCardId: first!.userCardId, version: first!.version, grade: "good" },
      changed,
    );
    expect(await changeCard(db, member, second!.userCardId, "suspend", changed)).toBe(true);
    const cardTimes = (id: string) =>
      db.userCard.findUniqueOrThrow({ where: { id }, select: { createdAt: true, updatedAt: true } });
    expect(await cardTimes(first!.userCardId)).toEqual({ createdAt: created, updatedAt: changed });
    expect(await cardTimes(second!.userCardId)).toEqual({ createdAt: created, updatedAt: changed });
    expect(await publishTeamDeck(db, owner, { teamId, slug: draft.slug }, changed)).toMatchObject({ ok: true });
    const teamDeck = await db.deck.findUniqueOrThrow({ where: { slug: draft.slug }, select: { id: true } });
    const teamCard = await db.card.findFirstOrThrow({ where: { entry: { deckId: teamDeck.id }, archivedAt: null } });
    const report = await reportItem(
      db,
      member,
      { deckId: teamDeck.id, itemKind: "card", itemId: teamCard.id, message: "Out of date" },
      changed,
    );
    if (!report.ok) throw new Error("no report");
    expect(await resolveReport(db, owner, report.reportId, { action: "hide" }, changed)).toMatchObject({ ok: true });
    // One wrong answer brings that entry's basic card back: an update of the learner's card.
    await takeQuiz(db, member, { deckId, size: "10", clientAttemptId: uuid(3) }, changed, [0]);
    const feed = await createCalendarFeed(db, member, created);
    await resetCalendarFeed(db, member, feed.token, changed);

    for (const { model, field } of timestampColumns()) {
      const times = await storedTimes(db, model, field);
      for (const time of times) expect([created, changed], `${model}.${field}`).toContainEqual(time);
    }
    const assigned = await db.assignment.findFirstOrThrow({ select: { createdAt: true } });
    expect(assigned.createdAt).toEqual(created);
    expect((await db.studySettings.findUniqueOrThrow({ where: { userId: member } })).updatedAt).toEqual(changed);
    expect((await db.deck.findUniqueOrThrow({ where: { id: teamDeck.id } })).updatedAt).toEqual(changed);
    expect((await db.card.findUniqueOrThrow({ where: { id: teamCard.id } })).updatedAt).toEqual(changed);
    expect((await db.calendarFeed.findUniqueOrThrow({ where: { userId: member } })).createdAt).toEqual(changed);
    // The passing quiz recorded the member's first completion at its own time.
    expect(await db.assignmentCompletion.findMany({ select: { completedAt: true } })).toEqual([
      { completedAt: changed },
    ]);
    // The quiz a day after the assignment was made counts, however far that is from today.
    expect((await myAssignments(db, member, changed))[0]).toMatchObject({
      status: "done",
      progress: { bestQuizPercent: 90 },
    });
  });
});
