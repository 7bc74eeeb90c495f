import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AssignmentSummary } from "@/server/teams/assignments";
import { AssignmentStatusBadge } from "./assignment-status-badge";

/** An assignee's status, progress and the ways to make progress: study the deck, take the quiz the rule asks for. */
export async function MyAssignmentProgress({ assignment: a }: { assignment: AssignmentSummary }) {
  const t = await getTranslations("teams");
  return (
    <>
      <AssignmentStatusBadge status={a.status} testId="my-assignment-status" />
      <span className="text-stone-600 dark:text-stone-400">
        {a.requireStudy &&
          t("progressStudy", {
            studied: a.progress.studied,
            cards: a.progress.cards,
            recall: Math.round(a.progress.recall * 100),
          })}
        {a.requireStudy && a.requireQuiz && " · "}
        {a.requireQuiz &&
          t("progressQuiz", {
            best: a.progress.bestQuizPercent === null ? "–" : `${a.progress.bestQuizPercent}%`,
            pass: a.passPercent,
          })}
      </span>
      <span className="ml-auto flex gap-2">
        {a.requireStudy && (
          <Link
            href={`/study/${a.deck.slug}`}
            className="rounded-lg bg-teal-700 px-3 py-1.5 font-medium text-white hover:bg-teal-800"
          >
            {t("study")}
          </Link>
        )}
        {a.requireQuiz && (
          <Link
            href={`/quiz/${a.deck.slug}${a.topic ? `?topic=${encodeURIComponent(a.topic)}` : ""}`}
            className="rounded-lg border border-stone-300 px-3 py-1.5 font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
          >
            {t("takeQuiz")}
          </Link>
        )}
      </span>
    </>
  );
}
