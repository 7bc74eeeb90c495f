import { beforeAll, describe, expect, it } from "vitest";
import { gradeCard, studyQueue } from "@/server/study/study-service";
import { importSeedDeck } from "@/server/test/seed-deck";
import { rightChoice, seedUsers, useTempDatabase, uuid } from "@/server/test/fixtures";
import { answerQuestion, attemptView, quizHistory, quizTopics, retryMissed, startAttempt } from "./quiz-service";

const now = new Date("2026-11-25T09:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe("quiz service", () => {
  const temp = useTempDatabase();
  let deckId: string;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    deckId = await importSeedDeck(temp.db, now);
    [alice, bob] = await seedUsers(temp.db, ["alice", "bob"], now);
  });

  /** The learner knows the card well: it goes to review, due in days. */
  const easy = (userId: string, clientReviewId: string, card: { id: string; version: number }) =>
    gradeCard(temp.db, userId, { clientReviewId, userCardId: card.id, version: card.version, grade: "easy" }, now);

  it("lists the whole deck and each topic with its number of questions", async () => {
    const topics = await quizTopics(temp.db, deckId);
    const questions = await temp.db.question.count({ where: { archivedAt: null } });
    expect(questions).toBeGreaterThanOrEqual(10);
    expect(topics[0]).toEqual({ topic: null, questions });
    expect(topics.slice(1).reduce((n, t) => n + t.questions, 0)).toBeLessThanOrEqual(questions);
  });

  it("starts one attempt per client attempt id, with the chosen number of questions and hidden answers", async () => {
    const first = await startAttempt(temp.db, alice, { deckId, size: "5", clientAttemptId: uuid(1) }, now);
    const again = await startAttempt(temp.db, alice, { deckId, size: "5", clientAttemptId: uuid(1) }, now);
    expect(first.ok && again.ok && first.attemptId === again.attemptId).toBe(true);
    expect(await temp.db.quizAttempt.count({ where: { userId: alice } })).toBe(1);
    const view = await attemptView(temp.db, alice, first.ok ? first.attemptId : "");
    expect(view?.questions).toHaveLength(5);
    expect(view?.questions.every((q) => q.feedback === null && q.options.length === 4)).toBe(true);
    expect(JSON.stringify(view)).not.toMatch(/answerIndex|correctChoice|explanation/);
  });

  it("keeps another learner out of an attempt", async () => {
    const started = await startAttempt(temp.db, alice, { deckId, size: "5", clientAttemptId: uuid(2) }, now);
    if (!started.ok) throw new Error("not started");
    const view = (await attemptView(temp.db, alice, started.attemptId))!;
    expect(await attemptView(temp.db, bob, started.attemptId)).toBeNull();
    expect(
      await answerQuestion(
        temp.db,
        bob,
        { attemptId: started.attemptId, questionId: view.questions[0]!.questionId, choice: 0 },
        now,
      ),
    ).toEqual({ ok: false, reason: "not-found" });
    expect(await temp.db.quizAnswer.count({ where: { attemptId: started.attemptId } })).toBe(0);
    expect(await retryMissed(temp.db, bob, { attemptId: started.attemptId, clientAttemptId: uuid(3) }, now)).toEqual({
      ok: false,
      reason: "not-found",
    });
  });

  it("answers each question once, scores the attempt and finishes it with the last answer", async () => {
    const started = await startAttempt(temp.db, bob, { deckId, size: "5", clientAttemptId: uuid(4) }, now);
    if (!started.ok) throw new Error("not started");
    const view = (await attemptView(temp.db, bob, started.attemptId))!;
    const [first, ...rest] = view.questions;
    const right = await rightChoice(temp.db, first!.questionId, first!.options);
    const wrong = (right + 1) % 4;

    const answered = await answerQuestion(
      temp.db,
      bob,
      { attemptId: started.attemptId, questionId: first!.questionId, choice: wrong },
      later(1),
    );
    expect(answered).toMatchObject({
      ok: true,
      replayed: false,
      finished: false,
      feedback: { choice: wrong, correctChoice: right, correct: false },
    });
    const twice = await answerQuestion(
      temp.db,
      bob,
      { attemptId: started.attemptId, questionId: first!.questionId, choice: right },
      later(2),
    );
    expect(twice).toMatchObject({ ok: true, replayed: true, feedback: { choice: wrong, correct: false } });
    expect(
      await answerQuestion(
        temp.db,
        bob,
        { attemptId: started.attemptId, questionId: rest[0]!.questionId, choice: 7 },
        later(2),
      ),
    ).toEqual({ ok: false, reason: "invalid-choice" });

    let last;
    for (const q of rest)
      last = await answerQuestion(
        temp.db,
        bob,
        {
          attemptId: started.attemptId,
          questionId: q.questionId,
          choice: await rightChoice(temp.db, q.questionId, q.options),
        },
        later(3),
      );
    expect(last).toMatchObject({ ok: true, finished: true });
    const done = (await attemptView(temp.db, bob, started.attemptId))!;
    expect(done.finishedAt).toEqual(later(3));
    expect(done.score).toMatchObject({
      total: 5,
      correct: 4,
      percent: 80,
      finished: true,
      missedQuestionIds: [first!.questionId],
    });
    expect(done.questions[0]!.feedback).toMatchObject({ choice: wrong, correctChoice: right });

    const history = await quizHistory(temp.db, bob);
    expect(history[0]).toMatchObject({ id: started.attemptId, questionCount: 5, correctCount: 4, answered: 5 });

    const retry = await retryMissed(temp.db, bob, { attemptId: started.attemptId, clientAttemptId: uuid(5) }, later(4));
    if (!retry.ok) throw new Error("no retry");
    expect((await attemptView(temp.db, bob, retry.attemptId))!.questions.map((q) => q.questionId)).toEqual([
      first!.questionId,
    ]);
  });

  it("brings back the basic card of a missed entry: into the new queue if never studied, due now if studied", async () => {
    const [carol] = await seedUsers(temp.db, ["carol"], now);
    const started = await startAttempt(temp.db, carol, { deckId, size: "all", clientAttemptId: uuid(6) }, now);
    if (!started.ok) throw new Error("not started");
    const [q1, q2, q3] = (await attemptView(temp.db, carol, started.attemptId))!.questions;
    const basicOf = async (entryId: string) =>
      (await temp.db.card.findFirstOrThrow({ where: { entryId, kind: "basic" } })).id;

    await answerQuestion(
      temp.db,
      carol,
      {
        attemptId: started.attemptId,
        questionId: q1!.questionId,
        choice: ((await rightChoice(temp.db, q1!.questionId, q1!.options)) + 1) % 4,
      },
      now,
    );
    expect(
      await temp.db.userCard.findUnique({
        where: { userId_cardId: { userId: carol, cardId: await basicOf(q1!.entryId) } },
      }),
    ).toMatchObject({ state: "new" });

    // Study q2's entry until its basic card is in review, due in days; a right answer leaves it there, a wrong one makes it due now.
    await studyQueue(temp.db, carol, deckId, now);
    const basic2 = await temp.db.userCard.findFirstOrThrow({
      where: { userId: carol, entryId: q2!.entryId, card: { kind: "basic" } },
    });
    await easy(carol, "easy-1", basic2);
    const reviewed = await temp.db.userCard.findUniqueOrThrow({ where: { id: basic2.id } });
    expect(reviewed.state).toBe("review");
    expect(reviewed.due.getTime()).toBeGreaterThan(later(24 * 60).getTime());

    const q2Right = await rightChoice(temp.db, q2!.questionId, q2!.options);
    const basic3 = await temp.db.userCard.findFirstOrThrow({
      where: { userId: carol, entryId: q3!.entryId, card: { kind: "basic" } },
    });
    await easy(carol, "easy-2", basic3);
    const before3 = await temp.db.userCard.findUniqueOrThrow({ where: { id: basic3.id } });
    await answerQuestion(
      temp.db,
      carol,
      {
        attemptId: started.attemptId,
        questionId: q3!.questionId,
        choice: await rightChoice(temp.db, q3!.questionId, q3!.options),
      },
      later(5),
    );
    expect((await temp.db.userCard.findUniqueOrThrow({ where: { id: basic3.id } })).due).toEqual(before3.due);

    await answerQuestion(
      temp.db,
      carol,
      { attemptId: started.attemptId, questionId: q2!.questionId, choice: (q2Right + 1) % 4 },
      later(5),
    );
    const after = await temp.db.userCard.findUniqueOrThrow({ where: { id: basic2.id } });
    expect(after).toMatchObject({ state: "review", stability: reviewed.stability, version: reviewed.version + 1 });
    expect(after.due).toEqual(later(5));
  });
});
