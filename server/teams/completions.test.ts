import { describe, expect, it } from "vitest";
import { ensureUserCards, gradeCard } from "@/server/study/study-service";
import { importSeedDeck } from "@/server/test/seed-deck";
import { takeQuiz, useTempDatabase, useTestTeam, uuid } from "@/server/test/fixtures";
import { assignmentReport, createAssignment, myAssignments } from "./assignments";
import { recordCompletions, recordCompletionsAfterGrade } from "./completions";
import type { Database } from "@/server/db/connection";

const now = new Date("2026-11-25T09:00:00Z");
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);
const rule = { topic: null, minRecall: 0.85, passPercent: 80, members: "all" as const };

/** Grades every card of the deck Easy at `at`, recording completions after each grade as the grade route does. */
async function studyWholeDeck(db: Database, userId: string, deckId: string, at: Date): Promise<void> {
  await ensureUserCards(db, userId, deckId, at);
  const cards = await db.userCard.findMany({ where: { userId, deckId }, select: { id: true, version: true } });
  for (const [i, card] of cards.entries()) {
    const input = { clientReviewId: `study-${i}`, userCardId: card.id, version: card.version, grade: "easy" as const };
    const graded = await gradeCard(db, userId, input, at);
    if (graded.ok) await recordCompletionsAfterGrade(db, userId, graded.deckId, at);
  }
}

describe("first completions", () => {
  const temp = useTempDatabase();
  const team = useTestTeam(temp, now);

  it("records when a member meets a study rule, and keeps them done when their recall decays", async () => {
    const deckId = await importSeedDeck(temp.db, now);
    const created = await createAssignment(
      temp.db,
      team.owner,
      team.id,
      // The whole team is its learners; the admin is picked as well.
      {
        ...rule,
        alsoAssign: [team.admin],
        deckId,
        dueAt: inDays(7),
        requireStudy: true,
        requireQuiz: false,
        clientRequestId: "study",
      },
      now,
    );
    if (!created.ok) throw new Error("not created");
    const studiedAt = inDays(1);
    await studyWholeDeck(temp.db, team.member, deckId, studiedAt);

    const completions = await temp.db.assignmentCompletion.findMany({ where: { assignmentId: created.assignmentId } });
    expect(completions).toEqual([{ assignmentId: created.assignmentId, userId: team.member, completedAt: studiedAt }]);

    // Months later the recall has decayed below the rule: still done, with the first time kept.
    const later = inDays(200);
    expect(await recordCompletions(temp.db, team.member, deckId, "quiz", later)).toEqual([]);
    const report = await assignmentReport(temp.db, team.owner, created.assignmentId, later);
    if (!report.ok) throw new Error("no report");
    const member = report.report.members.find((m) => m.userId === team.member)!;
    expect(member.progress.recall).toBeLessThan(0.85);
    expect(member).toMatchObject({ status: "done", firstCompletedAt: studiedAt, lastActivityAt: studiedAt });
    const admin = report.report.members.find((m) => m.userId === team.admin)!;
    expect(admin).toMatchObject({ status: "overdue", firstCompletedAt: null, lastActivityAt: null });
    expect((await myAssignments(temp.db, team.member, later))[0]).toMatchObject({ status: "done" });
  });

  it("records a quiz completion when the passing quiz finishes, once", async () => {
    const deckId = (await temp.db.deck.findUniqueOrThrow({ where: { slug: "ebpf" } })).id;
    const created = await createAssignment(
      temp.db,
      team.owner,
      team.id,
      {
        ...rule,
        alsoAssign: [team.admin],
        deckId,
        dueAt: inDays(7),
        requireStudy: false,
        requireQuiz: true,
        clientRequestId: "quiz",
      },
      now,
    );
    if (!created.ok) throw new Error("not created");
    const failedAt = inDays(1);
    await takeQuiz(temp.db, team.admin, { deckId, size: "10", clientAttemptId: uuid(1) }, failedAt, [0, 1, 2]);
    const ofAdmin = { assignmentId: created.assignmentId, userId: team.admin };
    expect(await temp.db.assignmentCompletion.count({ where: ofAdmin })).toBe(0);

    const passedAt = inDays(2);
    await takeQuiz(temp.db, team.admin, { deckId, size: "10", clientAttemptId: uuid(2) }, passedAt);
    await takeQuiz(temp.db, team.admin, { deckId, size: "10", clientAttemptId: uuid(3) }, inDays(3));
    expect(await temp.db.assignmentCompletion.findMany({ where: ofAdmin })).toEqual([
      { ...ofAdmin, completedAt: passedAt },
    ]);
  });
});
