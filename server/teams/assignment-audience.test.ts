import { describe, expect, it } from "vitest";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/study/settings";
import { gradeCard, saveLearnerSettings, studyQueue } from "@/server/study/study-service";
import { importSeedDeck } from "@/server/test/seed-deck";
import { useTempDatabase, useTestTeam, uuid } from "@/server/test/fixtures";
import { assignmentOptions } from "./assignment-options";
import { assignDeck, assignmentReport, createAssignment, myAssignments, teamAssignments } from "./assignments";
import { changeRole, removeMember } from "./teams";

const now = new Date("2026-11-25T09:00:00Z");
const rule = {
  topic: null,
  dueAt: new Date("2026-12-09T09:00:00Z"),
  requireStudy: true,
  minRecall: 0.85,
  requireQuiz: false,
  passPercent: 80,
};

describe("who an assignment is for", () => {
  const temp = useTempDatabase();
  const team = useTestTeam(temp, now);

  async function assign(clientRequestId: string, members: "all" | string[], alsoAssign?: string[]) {
    const deckId = (await temp.db.deck.findFirstOrThrow({ select: { id: true } })).id;
    const created = await createAssignment(
      temp.db,
      team.owner,
      team.id,
      { ...rule, deckId, members, alsoAssign, clientRequestId },
      now,
    );
    if (!created.ok) throw new Error(created.reason);
    return created.assignmentId;
  }
  const mine = async (userId: string) => (await myAssignments(temp.db, userId, now)).map((a) => a.id);
  const reported = async (assignmentId: string) => {
    const report = await assignmentReport(temp.db, team.owner, assignmentId, now);
    if (!report.ok) throw new Error(report.reason);
    return report.report.members.map((m) => m.userId);
  };

  it("gives 'the whole team' to its learners, not to the owner or admins who made it", async () => {
    await importSeedDeck(temp.db, now);
    const whole = await assign("whole", "all");
    expect(await mine(team.member)).toEqual([whole]);
    expect(await mine(team.owner)).toEqual([]);
    expect(await mine(team.admin)).toEqual([]);
    expect(await reported(whole)).toEqual([team.member]);
    // Admins still see every assignment of the team to manage it; a member only their own.
    expect((await teamAssignments(temp.db, team.admin, team.id))?.map((a) => a.id)).toEqual([whole]);
    expect((await teamAssignments(temp.db, team.member, team.id))?.map((a) => a.id)).toEqual([whole]);
  });

  it("assigns an owner or admin picked explicitly, with the whole team or alone", async () => {
    const withLead = await assign("with-lead", "all", [team.owner]);
    expect(await mine(team.owner)).toEqual([withLead]);
    expect(await mine(team.member)).toContain(withLead);
    expect(await mine(team.admin)).not.toContain(withLead);
    expect(new Set(await reported(withLead))).toEqual(new Set([team.owner, team.member]));

    const adminOnly = await assign("admin-only", [team.admin]);
    expect(await mine(team.admin)).toEqual([adminOnly]);
    expect(await mine(team.member)).not.toContain(adminOnly);
    expect(await reported(adminOnly)).toEqual([team.admin]);
  });

  it("applies the rule to existing assignments as roles change: a promoted learner leaves 'the whole team'", async () => {
    const whole = (await temp.db.assignment.findFirstOrThrow({ where: { clientRequestId: "whole" } })).id;
    expect(await changeRole(temp.db, team.owner, team.id, team.member, "admin")).toEqual({ ok: true });
    expect(await mine(team.member)).not.toContain(whole);
    expect(await reported(whole)).toEqual([]);
    expect(await changeRole(temp.db, team.owner, team.id, team.member, "member")).toEqual({ ok: true });
    expect(await mine(team.member)).toContain(whole);
  });

  it("refuses people outside the team alongside the whole team, and creates nothing", async () => {
    const before = await temp.db.assignment.count();
    const request = {
      teamId: team.id,
      deck: "ebpf",
      topic: null,
      dueDate: "2026-12-09",
      requireStudy: true,
      minRecall: 0.85 as number | null,
      requireQuiz: false,
      passPercent: 80 as number | null,
      everyone: true,
      members: [team.outsider],
      clientRequestId: uuid(1),
    };
    expect(await assignDeck(temp.db, team.owner, request, now)).toEqual({ ok: false, reason: "members" });
    expect(await temp.db.assignment.count()).toBe(before);
    expect((await assignDeck(temp.db, team.owner, { ...request, members: [team.admin] }, now)).ok).toBe(true);
    const created = await temp.db.assignment.findFirstOrThrow({
      where: { clientRequestId: request.clientRequestId },
      select: { wholeTeam: true, assignees: { select: { userId: true } } },
    });
    expect(created).toEqual({ wholeTeam: true, assignees: [{ userId: team.admin }] });

    // A rule that is off came without its threshold: the default is kept.
    const quizOnly = {
      ...request,
      members: [],
      requireStudy: false,
      minRecall: null,
      passPercent: null,
      requireQuiz: true,
    };
    expect(await assignDeck(temp.db, team.owner, { ...quizOnly, clientRequestId: uuid(2) }, now)).toMatchObject({
      ok: true,
    });
    expect(
      await temp.db.assignment.findFirstOrThrow({
        where: { clientRequestId: uuid(2) },
        select: { minRecall: true, passPercent: true },
      }),
    ).toEqual({ minRecall: 0.85, passPercent: 80 });
  });

  it("lists one team's assignments for the team page", async () => {
    const all = await myAssignments(temp.db, team.member, now);
    expect(all.length).toBeGreaterThan(0);
    expect(await myAssignments(temp.db, team.member, now, team.id)).toEqual(all);
    expect(await myAssignments(temp.db, team.member, now, "another-team")).toEqual([]);
  });

  it("keeps refusing to let the only owner leave, and lets an owner leave once another owner exists", async () => {
    expect(await removeMember(temp.db, team.owner, team.id, team.owner)).toEqual({ ok: false, reason: "last-owner" });
    expect(await changeRole(temp.db, team.owner, team.id, team.admin, "owner")).toEqual({ ok: true });
    expect(await removeMember(temp.db, team.admin, team.id, team.admin)).toEqual({ ok: true });
    expect(await removeMember(temp.db, team.owner, team.id, team.owner)).toEqual({ ok: false, reason: "last-owner" });
  });
});

describe("assignment options", () => {
  const temp = useTempDatabase();
  const team = useTestTeam(temp, now);

  it("offers the decks with their topics' card counts and the people with their daily new-card limits, to admins only", async () => {
    const deckId = await importSeedDeck(temp.db, now);
    const entries = await temp.db.entry.findMany({
      where: { deckId },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    const ids = (from: number, to: number) => ({ id: { in: entries.slice(from, to).map((e) => e.id) } });
    await temp.db.entry.updateMany({ where: ids(0, 4), data: { topic: "XDP" } });
    await temp.db.entry.updateMany({ where: ids(4, 9), data: { topic: "Maps" } });
    await saveLearnerSettings(temp.db, team.member, { ...DEFAULT_STUDY_SETTINGS, newPerDay: 7 }, now);
    expect(await assignmentOptions(temp.db, team.member, team.id)).toBeNull();
    expect(await assignmentOptions(temp.db, team.outsider, team.id)).toBeNull();
    const options = await assignmentOptions(temp.db, team.admin, team.id);
    if (!options) throw new Error("no options");
    const [deck] = options.decks;
    expect(deck?.slug).toBe("ebpf");
    const cards = await temp.db.card.count({ where: { archivedAt: null, entry: { archivedAt: null } } });
    expect(deck?.cards).toBe(cards);
    const cardsOf = (topic: string) =>
      temp.db.card.count({ where: { archivedAt: null, entry: { archivedAt: null, topic } } });
    expect(deck?.topics).toEqual([
      { topic: "XDP", cards: await cardsOf("XDP") },
      { topic: "Maps", cards: await cardsOf("Maps") },
    ]);
    expect(deck!.topics[0]!.cards).toBeGreaterThan(0);
    expect(options.people.map((p) => [p.role, p.newPerDay, p.studied])).toEqual([
      ["owner", DEFAULT_STUDY_SETTINGS.newPerDay, {}],
      ["admin", DEFAULT_STUDY_SETTINGS.newPerDay, {}],
      ["member", 7, {}],
    ]);

    // The feasibility warning counts only the cards a learner has not studied yet.
    const [card] = (await studyQueue(temp.db, team.member, deckId, now)).cards;
    await gradeCard(
      temp.db,
      team.member,
      { clientReviewId: "g1", userCardId: card!.userCardId, version: card!.version, grade: "good" },
      now,
    );
    const { topic } = await temp.db.entry.findFirstOrThrow({
      where: { cards: { some: { userCards: { some: { id: card!.userCardId } } } } },
      select: { topic: true },
    });
    expect(topic).toBe("XDP"); // new cards come in deck order
    const after = await assignmentOptions(temp.db, team.owner, team.id);
    expect(after?.people.find((p) => p.userId === team.member)?.studied).toEqual({
      ebpf: { cards: 1, topics: { [topic!]: 1 } },
    });
    expect(after?.people.find((p) => p.userId === team.owner)?.studied).toEqual({});
  });
});
