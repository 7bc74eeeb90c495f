import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AssignmentSummary } from "@/server/teams/assignments";
import { AssignmentStatusBadge } from "./teams/assignment-status-badge";
import { ListCard } from "@/components/ui/list-card";
import { Section } from "@/components/ui/section";
import { scopeTitle } from "@/lib/decks/scope";

/** The home page's list of what the learner's teams asked them to learn. */
export async function AssignedToMe({ assignments }: { assignments: AssignmentSummary[] }) {
  const [t, format] = await Promise.all([getTranslations("teams"), getFormatter()]);
  return (
    <Section id="assigned-heading" title={t("assignedToMe")} size="xl">
      <ul className="flex flex-col gap-2">
        {assignments.map((a) => (
          <ListCard key={a.id} className="gap-x-4 gap-y-2 text-sm" data-testid="my-assignment">
            <span className="flex flex-col">
              <span className="font-medium" lang={a.deck.language}>
                {scopeTitle(a.deck.title, a.topic)}
              </span>
              <span className="text-stone-600 dark:text-stone-400">
                {a.team.name} · {t("due", { date: format.dateTime(a.dueAt, { dateStyle: "medium" }) })}
              </span>
            </span>
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
          </ListCard>
        ))}
      </ul>
    </Section>
  );
}
