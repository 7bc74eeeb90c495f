import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { optionsOf } from "@/server/db/columns";
import { seedTeam, useTempDatabase, useTestTeam, uuid } from "@/server/test/fixtures";
import { openReportCount, reportItem, reportQueue, resolveReport } from "./reports";
import { publishTeamDeck, saveDraft } from "./team-decks";

const now = new Date("2026-11-26T09:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const faq = readFileSync("e2e/fixtures/team-faq.md");

describe("content reports", () => {
  const temp = useTempDatabase();
  const team = useTestTeam(temp, now);
  let otherTeamId: string;
  let deckId: string;
  let draftId: string;

  beforeAll(async () => {
    otherTeamId = await seedTeam(temp.db, "Elsewhere", [[team.outsider, "owner"]], now);
    const saved = await saveDraft(
      temp.db,
      team.owner,
      {
        teamId: team.id,
        title: "Onboarding",
        language: "en",
        fileName: "team-faq.md",
        markdown: faq,
        clientRequestId: uuid(1),
      },
      now,
    );
    const draft = await saveDraft(
      temp.db,
      team.owner,
      {
        teamId: team.id,
        title: "Draft",
        language: "en",
        fileName: "team-faq.md",
        markdown: faq,
        clientRequestId: uuid(2),
      },
      now,
    );
    if (!saved.ok || !draft.ok) throw new Error("not saved");
    await publishTeamDeck(temp.db, team.owner, { teamId: team.id, slug: saved.slug }, now);
    deckId = (await temp.db.deck.findUniqueOrThrow({ where: { slug: saved.slug } })).id;
    draftId = (await temp.db.deck.findUniqueOrThrow({ where: { slug: draft.slug } })).id;
  });

  const card = (n = 0) =>
    temp.db.card
      .findMany({ where: { entry: { deckId }, archivedAt: null }, orderBy: { id: "asc" } })
      .then((cards) => cards[n]!);
  const question = (n = 0) =>
    temp.db.question
      .findMany({ where: { entry: { deckId }, archivedAt: null }, orderBy: { id: "asc" } })
      .then((qs) => qs[n]!);

  /** The member reports a live item of the team deck, as request n; returns the report's id. */
  const memberReports = async (itemKind: "card" | "question", itemId: string, message: string, n: number) => {
    const report = await reportItem(
      temp.db,
      team.member,
      { deckId, itemKind, itemId, message, clientRequestId: uuid(n) },
      now,
    );
    if (!report.ok) throw new Error(report.reason);
    return report.reportId;
  };

  it("files a member's report once per request, only on a live item of a team deck they can see", async () => {
    const target = await card();
    const input = {
      deckId,
      itemKind: "card" as const,
      itemId: target.id,
      message: "  The answer is out of date.  ",
      clientRequestId: uuid(10),
    };
    const first = await reportItem(temp.db, team.member, input, now);
    const again = await reportItem(temp.db, team.member, input, now);
    expect(first).toMatchObject({ ok: true, replayed: false });
    expect(again).toEqual({ ok: true, reportId: first.ok ? first.reportId : "", replayed: true });
    expect(await temp.db.contentReport.findMany({ where: { itemId: target.id } })).toEqual([
      expect.objectContaining({
        teamId: team.id,
        userId: team.member,
        message: "The answer is out of date.",
        status: "open",
      }),
    ]);
    // Without a request id, the same open report is not filed twice either.
    const plain = { ...input, clientRequestId: undefined, message: "Typo in the answer" };
    const [p1, p2] = [
      await reportItem(temp.db, team.admin, plain, now),
      await reportItem(temp.db, team.admin, plain, now),
    ];
    expect(p1.ok && p2.ok && p1.reportId === p2.reportId).toBe(true);
    expect(await openReportCount(temp.db, team.id)).toBe(2);

    expect(await reportItem(temp.db, team.member, { ...input, clientRequestId: uuid(11), message: " " }, now)).toEqual({
      ok: false,
      reason: "message",
    });
    expect(
      await reportItem(temp.db, team.member, { ...input, clientRequestId: uuid(11), message: "x".repeat(1001) }, now),
    ).toEqual({ ok: false, reason: "message" });
    expect(
      await reportItem(temp.db, team.member, { ...input, clientRequestId: uuid(11), itemKind: "question" }, now),
    ).toEqual({ ok: false, reason: "not-found" });
    const draftCard = await temp.db.card.findFirstOrThrow({ where: { entry: { deckId: draftId } } });
    expect(
      await reportItem(
        temp.db,
        team.member,
        { ...input, deckId: draftId, itemId: draftCard.id, clientRequestId: uuid(12) },
        now,
      ),
    ).toEqual({ ok: false, reason: "not-found" });
    expect(
      await reportItem(temp.db, team.member, { ...input, itemId: draftCard.id, clientRequestId: uuid(13) }, now),
    ).toEqual({ ok: false, reason: "not-found" });
    expect(await openReportCount(temp.db, team.id)).toBe(2);
  });

  it("lets no outsider report or resolve, and no plain member resolve", async () => {
    const target = await card();
    expect(
      await reportItem(
        temp.db,
        team.outsider,
        { deckId, itemKind: "card", itemId: target.id, message: "Spam", clientRequestId: uuid(20) },
        now,
      ),
    ).toEqual({ ok: false, reason: "not-found" });
    const [open] = await reportQueue(temp.db, team.id);
    expect(await resolveReport(temp.db, team.outsider, open!.id, { action: "hide" }, now)).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(await resolveReport(temp.db, team.member, open!.id, { action: "dismiss" }, now)).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await openReportCount(temp.db, team.id)).toBe(2);
    expect(await reportQueue(temp.db, otherTeamId)).toEqual([]);
  });

  it("queues open reports first with the item's current text, and hides the item for every report on it", async () => {
    const target = await card();
    const queue = await reportQueue(temp.db, team.id);
    expect(queue).toHaveLength(2);
    expect(queue[0]).toMatchObject({
      status: "open",
      message: "The answer is out of date.",
      reporter: { email: "member@example.test" },
      itemKind: "card",
      item: { kind: "card", front: target.front, back: target.back, archived: false },
    });

    const hidden = await resolveReport(temp.db, team.admin, queue[0]!.id, { action: "hide" }, later(1));
    expect(hidden).toEqual({ ok: true, status: "hidden", replayed: false });
    expect(await resolveReport(temp.db, team.admin, queue[0]!.id, { action: "hide" }, later(2))).toEqual({
      ok: true,
      status: "hidden",
      replayed: true,
    });
    expect((await temp.db.card.findUniqueOrThrow({ where: { id: target.id } })).archivedAt).toEqual(later(1));
    expect(
      await temp.db.contentReport.findMany({
        where: { itemId: target.id },
        select: { status: true, resolvedById: true },
      }),
    ).toEqual([
      { status: "hidden", resolvedById: team.admin },
      { status: "hidden", resolvedById: team.admin },
    ]);
    expect((await temp.db.deck.findUniqueOrThrow({ where: { id: deckId } })).overridesYaml).toContain(
      `hide:\n  - ${target.id}`,
    );
    expect(await openReportCount(temp.db, team.id)).toBe(0);
    expect((await reportQueue(temp.db, team.id))[0]).toMatchObject({ status: "hidden", item: { archived: true } });
  });

  it("edits a card's or a question's text, and changes nothing when the edit breaks the question rules", async () => {
    const target = await card();
    const cardReportId = await memberReports("card", target.id, "Unclear", 30);
    const edit = { front: "What does Git do?", back: "It tracks versions of files." };
    expect(await resolveReport(temp.db, team.owner, cardReportId, { action: "edit", edit }, later(3))).toEqual({
      ok: true,
      status: "edited",
      replayed: false,
    });
    expect(await temp.db.card.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      ...edit,
      archivedAt: null,
    });

    const q = await question();
    const reportId = await memberReports("question", q.id, "Two right answers", 31);
    const before = await temp.db.question.findUniqueOrThrow({ where: { id: q.id } });
    const broken = {
      stem: "Which one?",
      answer: "Same",
      distractors: ["Same", "Other", "Third"] as [string, string, string],
      explanation: "Because.",
    };
    expect(
      await resolveReport(temp.db, team.owner, reportId, { action: "edit", edit: broken }, later(4)),
    ).toMatchObject({
      ok: false,
      reason: "content",
      problem: { file: "overrides.yaml" },
    });
    expect(await temp.db.question.findUniqueOrThrow({ where: { id: q.id } })).toEqual(before);
    expect(await temp.db.contentReport.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({
      status: "open",
      resolvedAt: null,
    });
    expect(
      await resolveReport(temp.db, team.owner, reportId, { action: "edit", edit: { front: "a", back: "b" } }, later(4)),
    ).toEqual({ ok: false, reason: "edit" });

    const fixed = {
      stem: "Which one is right?",
      answer: "Right",
      distractors: ["Wrong", "Other", "Third"] as [string, string, string],
      explanation: "Because it is.",
    };
    expect(await resolveReport(temp.db, team.owner, reportId, { action: "edit", edit: fixed }, later(5))).toEqual({
      ok: true,
      status: "edited",
      replayed: false,
    });
    const after = await temp.db.question.findUniqueOrThrow({ where: { id: q.id } });
    expect(after).toMatchObject({ stem: fixed.stem, explanation: fixed.explanation, archivedAt: null });
    expect(optionsOf(after.options)[after.answerIndex]).toBe("Right");
    // The earlier hide still holds after the recompile.
    const hiddenCard = (await temp.db.contentReport.findFirstOrThrow({ where: { status: "hidden" } })).itemId;
    expect((await temp.db.card.findUniqueOrThrow({ where: { id: hiddenCard } })).archivedAt).not.toBeNull();
  });

  it("dismisses a report without touching the deck", async () => {
    const q = await question(1);
    const reportId = await memberReports("question", q.id, "I disagree", 40);
    const deckBefore = await temp.db.deck.findUniqueOrThrow({ where: { id: deckId } });
    expect(await resolveReport(temp.db, team.admin, reportId, { action: "dismiss" }, later(6))).toEqual({
      ok: true,
      status: "dismissed",
      replayed: false,
    });
    expect(await temp.db.deck.findUniqueOrThrow({ where: { id: deckId } })).toEqual(deckBefore);
    expect(await temp.db.question.findUniqueOrThrow({ where: { id: q.id } })).toMatchObject({ archivedAt: null });
  });
});
