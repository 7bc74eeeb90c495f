// The item analysis of a deck's questions (lib/quiz/item-statistics) fed from the database: every
// answer of finished quizzes on the deck, overall or by one team's members.
import { itemStatistics, type ItemStatistics } from "@/lib/quiz/item-statistics";
import type { Database } from "@/server/db/connection";
import { authorizeTeam, teamDecksWhere, visibleDecksWhere } from "@/server/access/access";
import { optionsOf } from "@/server/db/columns";

/** The latest answers read per deck: plenty for the figures, and a bound on the memory one request uses. */
export const MAX_ANSWERS_READ = 50_000;

export type QuestionQuality = ItemStatistics & {
  stem: string;
  options: string[];
  answerIndex: number;
  explanation: string;
};

/** Whose answers count: everyone's, or those of the team's current members. */
export type AnswerScope = { teamId: string | null };

/**
 * Statistics for each live question of the deck. Only "quiz" attempts count (a retry of missed
 * questions would rank learners by their mistakes), finished ones, and only answers given since
 * the question last changed (an edited question starts afresh). No access check: callers check.
 */
export async function deckQuestionQuality(
  db: Database,
  deckId: string,
  scope: AnswerScope,
): Promise<QuestionQuality[]> {
  const [questions, answers] = await Promise.all([
    db.question.findMany({
      where: { archivedAt: null, entry: { deckId, archivedAt: null } },
      orderBy: [{ entryId: "asc" }, { position: "asc" }],
      select: { id: true, stem: true, options: true, answerIndex: true, explanation: true, updatedAt: true },
    }),
    db.quizAnswer.findMany({
      where: {
        question: { archivedAt: null, entry: { deckId } },
        attempt: {
          deckId,
          kind: "quiz",
          finishedAt: { not: null },
          ...(scope.teamId ? { user: { memberships: { some: { teamId: scope.teamId } } } } : {}),
        },
      },
      orderBy: { answeredAt: "desc" },
      take: MAX_ANSWERS_READ,
      select: {
        questionId: true,
        chosenIndex: true,
        correct: true,
        answeredAt: true,
        attempt: { select: { correctCount: true, questionCount: true } },
      },
    }),
  ]);
  const changedAt = new Map(questions.map((q) => [q.id, q.updatedAt.getTime()]));
  const responses = answers
    .filter((a) => a.answeredAt.getTime() >= (changedAt.get(a.questionId) ?? Infinity))
    .map((a) => ({
      questionId: a.questionId,
      chosenIndex: a.chosenIndex,
      correct: a.correct,
      attemptScore: a.attempt.questionCount > 0 ? a.attempt.correctCount / a.attempt.questionCount : 0,
    }));
  const shown = questions.map((q) => ({ ...q, options: optionsOf(q.options) }));
  const stats = itemStatistics(
    shown.map((q) => ({ questionId: q.id, optionCount: q.options.length, answerIndex: q.answerIndex })),
    responses,
  );
  return stats.map((s, i) => {
    const { stem, options, answerIndex, explanation } = shown[i]!;
    return { ...s, stem, options, answerIndex, explanation };
  });
}

export type DeckQuality = {
  deck: { id: string; slug: string; title: string; language: string };
  questions: QuestionQuality[];
};
export type QualityOutcome = { ok: true; decks: DeckQuality[] } | { ok: false; reason: "not-found" | "forbidden" };

/**
 * For a team's leads: the question statistics of the team's own published decks (over everyone's
 * answers, which the team's admins may fix) or of every deck the team can be assigned (over the
 * team's members only). The decks are also those the lead can see.
 */
export async function teamQuestionQuality(
  db: Database,
  actorId: string,
  teamId: string,
  scope: "own-decks" | "team-answers",
): Promise<QualityOutcome> {
  const access = await authorizeTeam(
    db,
    actorId,
    teamId,
    scope === "own-decks" ? "reports.resolve" : "assignments.viewResults",
  );
  if (!access.ok) return access;
  const decks = await db.deck.findMany({
    where: {
      AND: [
        visibleDecksWhere(actorId),
        scope === "own-decks" ? { teamId, publishedAt: { not: null } } : teamDecksWhere(teamId),
      ],
    },
    orderBy: { title: "asc" },
    select: { id: true, slug: true, title: true, language: true },
  });
  const result: DeckQuality[] = [];
  for (const deck of decks)
    result.push({
      deck,
      questions: await deckQuestionQuality(db, deck.id, { teamId: scope === "own-decks" ? null : teamId }),
    });
  return { ok: true, decks: result };
}
