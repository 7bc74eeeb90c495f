import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { seedTeam, useTempDatabase, useTestTeam, uuid } from "@/server/test/fixtures";
import { publishTeamDeck, saveDraft } from "@/server/teams/team-decks";
import { fixQuestion } from "@/server/teams/question-fixes";
import { reportItem } from "@/server/teams/reports";
import { deckQuestionQuality, teamQuestionQuality } from "./question-quality";

const now = new Date("2026-11-26T09:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const faq = readFileSync("e2e/fixtures/team-faq.md");

describe("question quality", () => {
  const temp = useTempDatabase();
  const team = useTestTeam(temp, now);
  let deckId: string;
  let otherDeckId: string;
  let questionId: string;
  let answerIndex: number;

  async function publish(owner: string, teamId: string, title: string, n: number): Promise<string> {
    const saved = await saveDraft(
      temp.db,
      owner,
      { teamId, title, language: "en", fileName: "team-faq.md", markdown: faq, clientRequestId: uuid(n) },
      now,
    );
    if (!saved.ok) throw new Error("not saved");
    await publishTeamDeck(temp.db, owner, { teamId, slug: saved.slug }, now);
    return (await temp.db.deck.findUniqueOrThrow({ where: { slug: saved.slug } })).id;
  }

  /** A finished attempt of `kind` scoring `correct` of 10, in which the learner picked `chosen` on the question. */
  async function attempt(userId: string, correct: number, chosen: number, n: number, kind = "quiz", finished = true) {
    await temp.db.quizAttempt.create({
      data: {
        userId,
        deckId,
        kind,
        clientAttemptId: uuid(100 + n),
        plan: "[]",
        questionCount: 10,
        correctCount: correct,
        startedAt: later(n),
        finishedAt: finished ? later(n + 1) : null,
        answers: {
          create: { questionId, chosenIndex: chosen, correct: chosen === answerIndex, answeredAt: later(n) },
        },
      },
    });
  }

  beforeAll(async () => {
    const elsewhere = await seedTeam(temp.db, "Elsewhere", [[team.outsider, "owner"]], now);
    deckId = await publish(team.owner, team.id, "Onboarding", 1);
    otherDeckId = await publish(team.outsider, elsewhere, "Secret", 2);
    const question = await temp.db.question.findFirstOrThrow({
      where: { entry: { deckId }, archivedAt: null },
      orderBy: { id: "asc" },
    });
    questionId = question.id;
    answerIndex = question.answerIndex;
    const wrong = (answerIndex + 1) % 4;
    // The team's member, a strong learner, answers right (9/10 on the attempt); the outsider (a former
    // member, say) answers wrong on a weak attempt (2/10).
    await attempt(team.member, 9, answerIndex, 1);
    await attempt(team.outsider, 2, wrong, 2);
    // Neither a retry of missed questions nor an unfinished quiz counts.
    await attempt(team.member, 0, wrong, 3, "retry");
    await attempt(team.admin, 0, wrong, 4, "quiz", false);
  });

  it("counts every finished quiz overall, and only the team's current members per team", async () => {
    const overall = (await deckQuestionQuality(temp.db, deckId, { teamId: null })).find(
      (q) => q.questionId === questionId,
    )!;
    // Two answers: right at 0.9, wrong at 0.2 → facility 1/2; groups of one → D = 1 − 0 = 1.
    expect(overall).toMatchObject({ answers: 2, facility: 0.5, discrimination: 1 });
    expect(overall.pickRates[answerIndex]).toBe(0.5);
    expect(overall.pickRates[(answerIndex + 1) % 4]).toBe(0.5);
    const inTeam = (await deckQuestionQuality(temp.db, deckId, { teamId: team.id })).find(
      (q) => q.questionId === questionId,
    )!;
    expect(inTeam).toMatchObject({ answers: 1, facility: 1, discrimination: null });
  });

  it("shows leads only the decks they can see: their team's own decks, or every deck the team may be assigned", async () => {
    const own = await teamQuestionQuality(temp.db, team.admin, team.id, "own-decks");
    expect(own.ok && own.decks.map((d) => d.deck.id)).toEqual([deckId]);
    const assignable = await teamQuestionQuality(temp.db, team.admin, team.id, "team-answers");
    expect(assignable.ok && assignable.decks.map((d) => d.deck.id)).toEqual([deckId]);
    expect(assignable.ok && assignable.decks.map((d) => d.deck.id)).not.toContain(otherDeckId);
    expect(await teamQuestionQuality(temp.db, team.member, team.id, "own-decks")).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await teamQuestionQuality(temp.db, team.outsider, team.id, "team-answers")).toEqual({
      ok: false,
      reason: "not-found",
    });
  });

  it("lets an admin hide a question once, resolving its open reports; no one else, and no other team's question", async () => {
    await reportItem(
      temp.db,
      team.member,
      { deckId, itemKind: "question", itemId: questionId, message: "The key looks wrong", clientRequestId: uuid(9) },
      now,
    );
    expect(await fixQuestion(temp.db, team.member, team.id, questionId, { action: "hide" }, later(10))).toEqual({
      ok: false,
      reason: "forbidden",
    });
    const other = await temp.db.question.findFirstOrThrow({ where: { entry: { deckId: otherDeckId } } });
    expect(await fixQuestion(temp.db, team.admin, team.id, other.id, { action: "hide" }, later(10))).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(await fixQuestion(temp.db, team.admin, team.id, questionId, { action: "hide" }, later(10))).toEqual({
      ok: true,
      replayed: false,
    });
    expect(await fixQuestion(temp.db, team.admin, team.id, questionId, { action: "hide" }, later(11))).toEqual({
      ok: true,
      replayed: true,
    });
    const hidden = await temp.db.question.findUniqueOrThrow({ where: { id: questionId } });
    expect(hidden.archivedAt).toEqual(later(10));
    const deck = await temp.db.deck.findUniqueOrThrow({ where: { id: deckId } });
    expect(deck.overridesYaml).toContain(questionId);
    const report = await temp.db.contentReport.findFirstOrThrow({ where: { itemId: questionId } });
    expect(report).toMatchObject({ status: "hidden", resolvedById: team.admin });
    expect((await deckQuestionQuality(temp.db, deckId, { teamId: null })).map((q) => q.questionId)).not.toContain(
      questionId,
    );
  });

  it("rewrites a question, after which its figures start afresh; a broken edit changes nothing", async () => {
    const question = await temp.db.question.findFirstOrThrow({
      where: { entry: { deckId }, archivedAt: null },
      orderBy: { id: "asc" },
    });
    await temp.db.quizAttempt.create({
      data: {
        userId: team.member,
        deckId,
        kind: "quiz",
        clientAttemptId: uuid(200),
        plan: "[]",
        questionCount: 10,
        correctCount: 5,
        startedAt: later(20),
        finishedAt: later(21),
        answers: { create: { questionId: question.id, chosenIndex: 0, correct: true, answeredAt: later(20) } },
      },
    });
    const before = (await deckQuestionQuality(temp.db, deckId, { teamId: null })).find(
      (q) => q.questionId === question.id,
    )!;
    expect(before.answers).toBe(1);
    const broken = { stem: "Which one?", answer: "Same", distractors: ["Same", "B", "C"] as [string, string, string] };
    const refused = await fixQuestion(
      temp.db,
      team.admin,
      team.id,
      question.id,
      { action: "edit", edit: { ...broken, explanation: "Because." } },
      later(30),
    );
    expect(refused).toMatchObject({ ok: false, reason: "content" });
    const edit = {
      stem: "Which one is Git?",
      answer: "A VCS",
      distractors: ["A CI", "A PR", "A host"] as [string, string, string],
    };
    expect(
      await fixQuestion(
        temp.db,
        team.admin,
        team.id,
        question.id,
        { action: "edit", edit: { ...edit, explanation: "Git." } },
        later(31),
      ),
    ).toEqual({ ok: true, replayed: false });
    const after = (await deckQuestionQuality(temp.db, deckId, { teamId: null })).find(
      (q) => q.questionId === question.id,
    )!;
    expect(after).toMatchObject({ stem: "Which one is Git?", answers: 0 });
  });
});
