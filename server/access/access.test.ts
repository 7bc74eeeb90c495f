import { beforeAll, describe, expect, it } from "vitest";
import { progressDashboard } from "@/server/progress/progress-service";
import { answerQuestion, attemptView, quizHistory, startAttempt } from "@/server/quiz/quiz-service";
import { changeCard, gradeCard, studyQueue, undoReview } from "@/server/study/study-service";
import { removeMember } from "@/server/teams/teams";
import { importSeedDeck } from "@/server/test/seed-deck";
import { rightChoice, useTempDatabase, useTestTeam, uuid } from "@/server/test/fixtures";
import { authorizeTeam, canSeeDeck, teamRole } from "./access";

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
