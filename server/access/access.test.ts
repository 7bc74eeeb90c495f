import { beforeAll, describe, expect, it } from "vitest";
import { progressDashboard } from "@/server/progress/progress-service";
import { answerQuestion, attemptView, quizHistory, startAttempt } from "@/server/quiz/quiz-service";
import { changeCard, gradeCard, studyQueue, undoReview } from "@/server/study/study-service";
import { removeMember } from "@/server/teams/teams";
import { importSeedDeck } from "@/server/test/seed-deck";
import { compileImportedDeck } from "@/lib/interop/compile-imported-deck";
import type { ImportedDeck } from "@/lib/interop/imported-deck";
import { createAssignment } from "@/server/teams/assignments";
import { deletePersonalDeck, personalSlug, writePersonalDeck } from "@/server/interop/personal-decks";
import { rightChoice, useTempDatabase, useTestTeam, uuid } from "@/server/test/fixtures";
import { authorizeTeam, canSeeDeck, teamDecksWhere, teamRole, visibleDeckSql, visibleDecksWhere } from "./access";

const now = new Date("2026-11-25T09:00:00Z");

// The seed deck, published to a team: what a learner did on it stays in the database after they
// leave the team, but no path shows it to them any more.
describe("decks a learner can still see", () => {
  const temp = useTempDatabase();
  const team = useTestTeam(temp, now);
  let deckId: string;
  let userCardId: string;

  /** Answers the deck's first question wrong in a new attempt. */
  async function missFirstQuestion(clientAttemptId: string) {
    const started = await startAttempt(temp.db, team.member, { deckId, size: "all", clientAttemptId }, now);
    if (!started.ok) throw new Error(started.reason);
    const view = (await attemptView(temp.db, team.member, started.attemptId))!;
    const target = view.questions.find((q) => q.entryId === "ebpf/3fc6ae6a656c")!;
    const right = await rightChoice(temp.db, target.questionId, target.options);
    const choice = (right + 1) % target.options.length;
    await answerQuestion(
      temp.db,
      team.member,
      { attemptId: started.attemptId, questionId: target.questionId, choice },
      now,
    );
  }

  beforeAll(async () => {
    deckId = await importSeedDeck(temp.db, now);
    await temp.db.deck.update({ where: { id: deckId }, data: { teamId: team.id, publishedAt: now } });

    const [card] = (await studyQueue(temp.db, team.member, deckId, now)).cards;
    userCardId = card!.userCardId;
    const graded = { clientReviewId: "rev-1", userCardId, version: card!.version, grade: "good" as const };
    expect((await gradeCard(temp.db, team.member, graded, now)).ok).toBe(true);
    await missFirstQuestion(uuid(1));
    await missFirstQuestion(uuid(2));
  });

  it("asks for the user first and the team second, and says not-found to outsiders", async () => {
    expect(await teamRole(temp.db, team.member, team.id)).toBe("member");
    expect(await authorizeTeam(temp.db, team.member, team.id, "decks.study")).toEqual({ ok: true, role: "member" });
    expect(await authorizeTeam(temp.db, team.member, team.id, "decks.upload")).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await authorizeTeam(temp.db, team.id, team.member, "decks.study")).toEqual({
      ok: false,
      reason: "not-found",
    });
  });

  it("shows the team deck's history, quizzes and missed questions while the learner is a member", async () => {
    expect(await canSeeDeck(temp.db, team.member, deckId)).toBe(true);
    expect(await quizHistory(temp.db, team.member)).toHaveLength(2);
    const dashboard = await progressDashboard(temp.db, team.member, now);
    expect(dashboard.quizzes.missed).toEqual([expect.objectContaining({ deckId, misses: 2 })]);
  });

  it("hides all of it after the learner leaves the team, and lets them change nothing on it", async () => {
    expect(await removeMember(temp.db, team.member, team.id, team.member)).toEqual({ ok: true });

    expect(await canSeeDeck(temp.db, team.member, deckId)).toBe(false);
    expect(await undoReview(temp.db, team.member, "rev-1", now)).toEqual({ ok: false, reason: "not-found" });
    expect(await changeCard(temp.db, team.member, userCardId, "suspend", now)).toBe(false);
    expect(await quizHistory(temp.db, team.member)).toEqual([]);
    const dashboard = await progressDashboard(temp.db, team.member, now);
    expect(dashboard.quizzes.missed).toEqual([]);
    expect((await studyQueue(temp.db, team.member, deckId, now)).cards).toEqual([]);
    expect(await startAttempt(temp.db, team.member, { deckId, size: "5", clientAttemptId: uuid(3) }, now)).toEqual({
      ok: false,
      reason: "not-found",
    });

    // Their history is kept: nothing was deleted, the card was not suspended.
    expect(await temp.db.reviewLog.count({ where: { userId: team.member } })).toBe(1);
    expect(await temp.db.userCard.findUniqueOrThrow({ where: { id: userCardId } })).toMatchObject({ suspended: false });
  });
});

// A learner's personal deck (imported from a file): its owner studies and quizzes it like any deck;
// no one else, not even an admin of the owner's team, sees it anywhere or can act on it.
describe("a personal deck", () => {
  const temp = useTempDatabase();
  const team = useTestTeam(temp, now);
  let deckId: string;
  let ownerCardId: string;

  beforeAll(async () => {
    const cards = ["alpha", "beta", "gamma", "delta", "epsilon"].map((word, i) => ({
      sourceId: `csv:${word}`,
      kind: "basic" as const,
      front: `Greek letter ${i + 1}`,
      back: `The letter ${word}`,
      tags: [],
      origin: `line ${i + 1}`,
      reviews: [],
    }));
    const imported: ImportedDeck = { title: "Greek", cards, warnings: [] };
    const slug = personalSlug(team.member, imported.title);
    const compiled = compileImportedDeck(imported, slug, "greek.csv");
    await writePersonalDeck(temp.db, team.member, { imported, compiled, fileName: "greek.csv" }, now);
    deckId = (await temp.db.deck.findUniqueOrThrow({ where: { slug } })).id;

    const [card] = (await studyQueue(temp.db, team.member, deckId, now)).cards;
    ownerCardId = card!.userCardId;
    const graded = { clientReviewId: "own-1", userCardId: ownerCardId, version: card!.version, grade: "good" as const };
    expect((await gradeCard(temp.db, team.member, graded, now)).ok).toBe(true);
    const started = await startAttempt(temp.db, team.member, { deckId, size: "all", clientAttemptId: uuid(10) }, now);
    expect(started.ok).toBe(true);
  });

  it("is its owner's: listed, studied and quizzed", async () => {
    expect(await canSeeDeck(temp.db, team.member, deckId)).toBe(true);
    expect(await temp.db.deck.count({ where: { id: deckId, ...visibleDecksWhere(team.member) } })).toBe(1);
    expect(await quizHistory(temp.db, team.member)).toHaveLength(1);
    const dashboard = await progressDashboard(temp.db, team.member, now);
    expect(dashboard.mastery.decks.map((d) => d.title)).toContain("Greek");
  });

  it("is not-found for every other user, on every service", async () => {
    for (const other of [team.owner, team.admin, team.outsider]) {
      expect(await canSeeDeck(temp.db, other, deckId)).toBe(false);
      expect(await temp.db.deck.count({ where: { id: deckId, ...visibleDecksWhere(other) } })).toBe(0);
      expect((await studyQueue(temp.db, other, deckId, now)).cards).toEqual([]);
      const stolen = { clientReviewId: `steal-${other}`, userCardId: ownerCardId, version: 1, grade: "again" as const };
      expect(await gradeCard(temp.db, other, stolen, now)).toEqual({ ok: false, reason: "not-found" });
      expect(await undoReview(temp.db, other, "own-1", now)).toEqual({ ok: false, reason: "not-found" });
      expect(await changeCard(temp.db, other, ownerCardId, "suspend", now)).toBe(false);
      expect(await startAttempt(temp.db, other, { deckId, size: "5", clientAttemptId: uuid(20) }, now)).toEqual({
        ok: false,
        reason: "not-found",
      });
      const dashboard = await progressDashboard(temp.db, other, now);
      expect(dashboard.mastery.decks.map((d) => d.title)).not.toContain("Greek");
      expect(await deletePersonalDeck(temp.db, other, deckId, now)).toEqual({ ok: false, reason: "not-found" });
    }
    // Nothing the others tried changed the owner's card.
    expect(await temp.db.userCard.findUniqueOrThrow({ where: { id: ownerCardId } })).toMatchObject({
      suspended: false,
    });
    expect(await temp.db.reviewLog.count({ where: { userCardId: ownerCardId } })).toBe(1);
  });

  it("is never offered to a team, nor assignable to it, even by its owner", async () => {
    expect(await temp.db.deck.count({ where: { id: deckId, ...teamDecksWhere(team.id) } })).toBe(0);
    await temp.db.teamMember.update({
      where: { teamId_userId: { teamId: team.id, userId: team.member } },
      data: { role: "admin" },
    });
    const rule = { topic: null, dueAt: now, requireStudy: true, minRecall: 0.85, requireQuiz: false, passPercent: 80 };
    const assignment = { ...rule, deckId, members: "all" as const, clientRequestId: uuid(30) };
    expect(await createAssignment(temp.db, team.member, team.id, assignment, now)).toEqual({
      ok: false,
      reason: "deck",
    });
  });
});

// The grade path tests visibility in SQL (visibleDeckSql); the rest of the app with the Prisma filter.
describe("the SQL form of deck visibility", () => {
  const temp = useTempDatabase();
  const team = useTestTeam(temp, now);

  it("lets through exactly the decks the Prisma filter lets through, for every kind of deck and user", async () => {
    const decks: Record<string, object> = {
      content: {},
      archived: { archivedAt: now },
      published: { teamId: team.id, publishedAt: now },
      unpublished: { teamId: team.id },
      ownComplete: { ownerId: team.member },
      ownIncomplete: { ownerId: team.member, incompleteSince: now },
      othersOwn: { ownerId: team.outsider },
    };
    for (const [slug, fields] of Object.entries(decks))
      await temp.db.deck.create({
        data: {
          slug,
          title: slug,
          language: "en",
          description: "",
          sourcePath: "",
          contentHash: "x",
          ...fields,
          createdAt: now,
          updatedAt: now,
        },
      });
    for (const userId of [team.owner, team.member, team.outsider]) {
      const byPrisma = (await temp.db.deck.findMany({ where: visibleDecksWhere(userId), select: { slug: true } }))
        .map((d) => d.slug)
        .sort();
      const bySql = (
        await temp.db.$queryRaw<
          { slug: string }[]
        >`SELECT deck."slug" FROM "Deck" deck WHERE ${visibleDeckSql(userId, "deck")}`
      )
        .map((d) => d.slug)
        .sort();
      expect(bySql).toEqual(byPrisma);
    }
    const member = await temp.db.deck.findMany({ where: visibleDecksWhere(team.member), select: { slug: true } });
    expect(member.map((d) => d.slug).sort()).toEqual(["content", "ownComplete", "published"]);
  });
});
