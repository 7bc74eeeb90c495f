// An admin hides or rewrites a question of the team's own deck that the statistics flagged, through
// the deck's overrides like a report's resolution; open reports on the question are resolved with it.
import type { Database } from "@/server/db/connection";
import { authorizeTeam } from "@/server/access/access";
import type { Transaction } from "@/server/db/transaction";
import type { QuestionEdit } from "./reports";
import { changeDeckOverrides, type ContentProblem } from "./team-decks";

export type QuestionFix = { action: "hide" } | { action: "edit"; edit: QuestionEdit };
export type QuestionFixOutcome =
  | { ok: true; replayed: boolean }
  | { ok: false; reason: "not-found" | "forbidden" | "conflict" }
  | { ok: false; reason: "content"; problem: ContentProblem };

export async function fixQuestion(
  db: Database,
  adminId: string,
  teamId: string,
  questionId: string,
  fix: QuestionFix,
  now: Date,
): Promise<QuestionFixOutcome> {
  const access = await authorizeTeam(db, adminId, teamId, "reports.resolve");
  if (!access.ok) return access;
  const findQuestion = () =>
    db.question
      .findFirst({
        where: { id: questionId, entry: { deck: { teamId } } },
        select: { archivedAt: true, entry: { select: { deckId: true } } },
      })
      .then((q) => q && { deckId: q.entry.deckId, archived: q.archivedAt !== null });
  const question = await findQuestion();
  if (!question) return { ok: false, reason: "not-found" };
  // Hidden already (a double click, a retried request): nothing more to do.
  if (fix.action === "hide" && question.archived) return { ok: true, replayed: true };
  if (question.archived) return { ok: false, reason: "not-found" };

  const status = fix.action === "hide" ? "hidden" : "edited";
  const resolveReports = async (tx: Transaction) => {
    await tx.contentReport.updateMany({
      where: { deckId: question.deckId, itemKind: "question", itemId: questionId, status: "open" },
      data: { status, resolvedAt: now, resolvedById: adminId },
    });
  };
  const change =
    fix.action === "hide"
      ? { kind: "hide" as const, itemId: questionId }
      : { kind: "question" as const, itemId: questionId, ...fix.edit };
  const outcome = await changeDeckOverrides(db, question.deckId, change, now, resolveReports);
  if (outcome.ok) return { ok: true, replayed: false };
  if (outcome.reason === "conflict" && fix.action === "hide" && (await findQuestion())?.archived)
    return { ok: true, replayed: true };
  return outcome;
}
