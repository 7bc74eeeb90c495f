import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { listDecks } from "@/server/queries/decks";
import { quizHistory } from "@/server/quiz/quiz-service";
import { Section } from "@/components/ui/section";
import { scopeTitle } from "@/lib/decks/scope";
import { ButtonLink } from "@/components/ui/button-link";
import { pageTitle } from "@/app/page-title";
import { Page } from "@/components/ui/page";

export const generateMetadata = pageTitle("quiz", "historyTitle");

/** The learner's quiz attempts, newest first, and where to start a new one. */
export default async function QuizHistoryPage() {
  const user = await requireUser();
  const [attempts, decks, t, format, tKind] = await Promise.all([
    quizHistory(db, user.id),
    listDecks(),
    getTranslations("quiz"),
    getFormatter(),
    getTranslations("dailyUse.quiz"),
  ]);
  return (
    <Page title={t("historyTitle")}>
      <Section id="start-heading" title={t("startHeading")} gap={2}>
        <ul className="flex flex-wrap gap-2">
          {decks.map((deck) => (
            <li key={deck.slug}>
              <ButtonLink href={`/quiz/${deck.slug}`} lang={deck.language}>
                {deck.title}
              </ButtonLink>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="attempts-heading" title={t("attemptsHeading")} gap={2}>
        {attempts.length === 0 ? (
          <Card>
            <p className="text-sm text-stone-600 dark:text-stone-400">{t("noAttempts")}</p>
          </Card>
        ) : (
          <ol className="flex flex-col gap-2">
            {attempts.map((a) => (
              <li key={a.id}>
                <Link
                  href={`/quiz/attempts/${a.id}`}
                  data-testid="quiz-attempt"
                  className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded-xl border border-stone-200 bg-white px-4 py-3 text-sm shadow-sm hover:border-teal-600 dark:border-stone-700 dark:bg-stone-900"
                >
                  <span className="font-medium" lang={a.deck.language}>
                    {scopeTitle(a.deck.title, a.topic)}
                  </span>
                  {a.kind !== "quiz" && (
                    <span
                      className="rounded-full border border-stone-400 px-2 py-0.5 text-xs font-medium text-stone-700 dark:border-stone-500 dark:text-stone-300"
                      data-testid="quiz-attempt-kind"
                    >
                      {tKind(`kinds.${a.kind}`)}
                    </span>
                  )}
                  <time className="text-stone-500 dark:text-stone-400" dateTime={a.startedAt.toISOString()}>
                    {format.dateTime(a.startedAt, { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                  <span className="ml-auto font-medium tabular-nums" data-testid="quiz-attempt-score">
                    {a.finishedAt
                      ? t("attemptScore", {
                          correct: a.correctCount,
                          total: a.questionCount,
                          percent: Math.round((a.correctCount / a.questionCount) * 100),
                        })
                      : t("attemptUnfinished", { answered: a.answered, total: a.questionCount })}
                  </span>
                </Link>
              </li>
            ))}
          </ol>
        )}
      </Section>
    </Page>
  );
}
