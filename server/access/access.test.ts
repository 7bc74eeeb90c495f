import { beforeAll, describe, expect, it } from "vitest";
import { progressDashboard } from "@/server/progress/progress-service";
import { answerQuestion, attemptView, quizHistory, startAttempt } from "@/server/quiz/quiz-service";
import { changeCard, gradeCard, studyQueue, undoReview } from "@/server/study/study-service";
import { removeMember } from "@/server/teams/teams";
import { importSeedDeck } from "@/server/test/seed-deck";
import { rightChoice, seedTeam, seedUsers, useTempDatabase, uuid } from "@/server/test/fixtures";
import { authorizeTeam, canSeeDeck, teamRole } from "./access";

const now = new Date("2026-11-25T09:00:00Z");

// The seed deck, published to a team: what a learner did on it stays in the database after they
// leave the team, but no path shows it to them any more.
describe("decks a learner can still see", () => {
  const temp = useTempDatabase();
  let deckId: string;
  let teamId: string;
  let owner: string;
  let learner: string;
  let userCardId: string;

  /** Answers the deck's first question wrong in a new attempt. */
  async function missFirstQuestion(clientAttemptId: string) {
    const started = await startAttempt(temp.db, learner, { deckId, size: "all", clientAttemptId }, now);
    if (!started.ok) throw new Error(started.reason);
    const view = (await attemptView(temp.db, learner, started.attemptId))!;
    const target = view.questions.find((q) => q.entryId === "ebpf/3fc6ae6a656c")!;
    const right = await rightChoice(temp.db, target.questionId, target.options);
    const choice = (right + 1) % target.options.length;
    await answerQuestion(
      temp.db,
      learner,
      { attemptId: started.attemptId, questionId: target.questionId, choice },
      now,
    );
  }

  beforeAll(async () => {
    deckId = await importSeedDeck(temp.db, now);
    [owner, learner] = await seedUsers(temp.db, ["owner", "learner"], now);
    teamId = await seedTeam(
      temp.db,
      "Platform",
      [
        [owner, "owner"],
        [learner, "member"],
      ],
      now,
    );
    await temp.db.deck.update({ where: { id: deckId }, data: { teamId, publishedAt: now } });

    const [card] = (await studyQueue(temp.db, learner, deckId, now)).cards;
    userCardId = card!.userCardId;
    const graded = { clientReviewId: "rev-1", userCardId, version: card!.version, grade: "good" as const };
    expect((await gradeCard(temp.db, learner, graded, now)).ok).toBe(true);
    await missFirstQuestion(uuid(1));
    await missFirstQuestion(uuid(2));
  });

  it("asks for the user first and the team second, and says not-found to outsiders", async () => {
    expect(await teamRole(temp.db, learner, teamId)).toBe("member");
    expect(await authorizeTeam(temp.db, learner, teamId, "decks.study")).toEqual({ ok: true, role: "member" });
    expect(await authorizeTeam(temp.db, learner, teamId, "decks.upload")).toEqual({ ok: false, reason: "forbidden" });
    expect(await authorizeTeam(temp.db, teamId, learner, "decks.study")).toEqual({ ok: false, reason: "not-found" });
  });

  it("shows the team deck's history, quizzes and missed questions while the learner is a member", async () => {
    expect(await canSeeDeck(temp.db, learner, deckId)).toBe(true);
    expect(await quizHistory(temp.db, learner)).toHaveLength(2);
    const dashboard = await progressDashboard(temp.db, learner, now);
    expect(dashboard.quizzes.missed).toEqual([expect.objectContaining({ deckId, misses: 2 })]);
  });

  it("hides all of it after the learner leaves the team, and lets them change nothing on it", async () => {
    expect(await removeMember(temp.db, learner, teamId, learner)).toEqual({ ok: true });

    expect(await canSeeDeck(temp.db, learner, deckId)).toBe(false);
    expect(await undoReview(temp.db, learner, "rev-1", now)).toEqual({ ok: false, reason: "not-found" });
    expect(await changeCard(temp.db, learner, userCardId, "suspend", now)).toBe(false);
    expect(await quizHistory(temp.db, learner)).toEqual([]);
    const dashboard = await progressDashboard(temp.db, learner, now);
    expect(dashboard.quizzes.missed).toEqual([]);
    expect((await studyQueue(temp.db, learner, deckId, now)).cards).toEqual([]);
    expect(await startAttempt(temp.db, learner, { deckId, size: "5", clientAttemptId: uuid(3) }, now)).toEqual({
      ok: false,
      reason: "not-found",
    });

    // Their history is kept: nothing was deleted, the card was not suspended.
    expect(await temp.db.reviewLog.count({ where: { userId: learner } })).toBe(1);
    expect(await temp.db.userCard.findUniqueOrThrow({ where: { id: userCardId } })).toMatchObject({ suspended: false });
  });
});
