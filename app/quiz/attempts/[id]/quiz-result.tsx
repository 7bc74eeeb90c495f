import Link from "next/link";
import { randomUUID } from "node:crypto";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { entryHref } from "@/lib/content/entry-links";
import type { AttemptView } from "@/lib/quiz/views";
import { retryMissedAction } from "../../actions";
import { StartAttemptButton } from "../../start-attempt-button";
import { scopeTitle } from "@/lib/decks/scope";
import { ButtonLink } from "@/components/ui/button-link";

export async function QuizResult({ attempt }: { attempt: AttemptView & { finishedAt: Date } }) {
  const [t, tKind, format] = await Promise.all([
    getTranslations("quiz"),
    getTranslations("dailyUse.quiz"),
    getFormatter(),
  ]);
  const { score } = attempt;
  const seconds = Math.round((attempt.finishedAt.getTime() - attempt.startedAt.getTime()) / 1000);
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-4">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">{t("resultTitle")}</h1>
        <p className="text-sm text-stone-600 dark:text-stone-400" lang={attempt.deck.language}>
          {scopeTitle(attempt.deck.title, attempt.topic)} ·{" "}
          {attempt.kind !== "quiz" && <span data-testid="quiz-kind">{tKind(`kinds.${attempt.kind}`)} · </span>}
          {format.dateTime(attempt.startedAt, { dateStyle: "medium", timeStyle: "short" })}
        </p>
      </header>
      <Card className="flex flex-wrap items-center gap-x-8 gap-y-3">
        <p className="text-4xl font-semibold tabular-nums text-teal-800 dark:text-teal-300" data-testid="quiz-score">
          {score.percent}%
        </p>
        <dl className="grid grid-cols-[auto_auto] gap-x-4 gap-y-1 text-sm">
          <dt>{t("correctCount")}</dt>
          <dd data-testid="quiz-correct">{t("outOf", { correct: score.correct, total: score.total })}</dd>
          <dt>{t("time")}</dt>
          <dd>
            {Math.floor(seconds / 60)}:{String(seconds % 60).padStart(2, "0")}
          </dd>
        </dl>
        <div className="flex flex-wrap gap-2 sm:ml-auto">
          {score.missedQuestionIds.length > 0 && (
            <StartAttemptButton
              action={retryMissedAction}
              fields={{ attemptId: attempt.id, clientAttemptId: randomUUID() }}
              label={t("retryMissed", { count: score.missedQuestionIds.length })}
            />
          )}
          <ButtonLink href={`/quiz/${attempt.deck.slug}`}>{t("newQuiz")}</ButtonLink>
          <ButtonLink href="/quiz" variant="text">
            {t("history")}
          </ButtonLink>
        </div>
      </Card>
      <ol className="flex flex-col gap-3" lang={attempt.deck.language}>
        {attempt.questions.map((q, n) => (
          <li key={q.questionId}>
            <Card
              className="flex flex-col gap-2 text-sm"
              data-testid="quiz-result-question"
              data-correct={q.feedback?.correct ? "true" : "false"}
            >
              <p className="font-medium">
                <span aria-hidden>{q.feedback?.correct ? "✓" : "✗"} </span>
                {n + 1}. {q.stem}
              </p>
              {q.feedback && !q.feedback.correct && (
                <p className="text-red-800 dark:text-red-300">
                  <span className="font-medium">{t("yourAnswer")}</span> {q.options[q.feedback.choice]}
                </p>
              )}
              <p className="text-teal-900 dark:text-teal-200">
                <span className="font-medium">{t("rightAnswer")}</span>{" "}
                {q.feedback ? q.options[q.feedback.correctChoice] : ""}
              </p>
              <Link
                href={entryHref(attempt.deck.slug, q.entryId)}
                className="self-start text-teal-800 underline dark:text-teal-300"
              >
                {t("openEntry")}
              </Link>
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}
