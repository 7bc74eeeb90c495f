"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { Markdown } from "@/components/markdown";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SessionHeader } from "@/components/ui/session-header";
import { entryHref } from "@/lib/content/entry-links";
import { ReportItem } from "@/app/reports/report-item";
import type { AnswerQuizResult } from "../../actions";
import type { QuizQuestionView } from "@/lib/quiz/views";
import { scopeTitle } from "@/lib/decks/scope";

type Props = {
  attemptId: string;
  deck: { slug: string; title: string; language: string };
  topic: string | null;
  initialQuestions: QuizQuestionView[];
  answerAction: (input: { attemptId: string; questionId: string; choice: number }) => Promise<AnswerQuizResult>;
  /** The deck's id when it is a team deck, whose questions learners can report a problem with. */
  reportDeckId?: string | null;
};

/** Asks the attempt's questions in order; the server says whether an answer was right only after it is given. */
export function QuizRunner({ attemptId, deck, topic, initialQuestions, answerAction, reportDeckId = null }: Props) {
  const t = useTranslations("quiz");
  const tFeedback = useTranslations("dailyUse.quiz");
  const router = useRouter();
  const [questions, setQuestions] = useState(initialQuestions);
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      initialQuestions.findIndex((q) => q.feedback === null),
    ),
  );
  const [failed, setFailed] = useState(false);
  const sending = useRef(false);
  const nextButton = useRef<HTMLButtonElement>(null);
  const [pending, setPending] = useState(false);
  const question = questions[index]!;
  const feedback = question.feedback;
  const isLast = questions.every((q, i) => i === index || q.feedback !== null);

  const answer = useCallback(
    async (choice: number) => {
      if (feedback || sending.current || choice >= question.options.length) return;
      sending.current = true;
      setPending(true);
      setFailed(false);
      try {
        const result = await answerAction({ attemptId, questionId: question.questionId, choice });
        if (result.ok)
          setQuestions((qs) =>
            qs.map((q) => (q.questionId === question.questionId ? { ...q, feedback: result.feedback } : q)),
          );
        else setFailed(true);
      } catch {
        setFailed(true);
      } finally {
        sending.current = false;
        setPending(false);
      }
    },
    [feedback, question, answerAction, attemptId],
  );

  const next = useCallback(() => {
    if (!feedback) return;
    const following = questions.findIndex((q, i) => i > index && q.feedback === null);
    const anyLeft = following >= 0 ? following : questions.findIndex((q) => q.feedback === null);
    if (anyLeft >= 0) setIndex(anyLeft);
    else router.refresh();
  }, [feedback, questions, index, router]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || event.target instanceof HTMLSelectElement) return;
      if (event.target instanceof Element && event.target.closest("[data-no-shortcuts]")) return;
      if (/^[1-9]$/.test(event.key) && !feedback) {
        event.preventDefault();
        void answer(Number(event.key) - 1);
      } else if (event.key === "Enter" && feedback && !(event.target instanceof HTMLAnchorElement)) {
        event.preventDefault();
        next();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [answer, next, feedback]);

  // Focus the Next button for Enter and screen readers, without scrolling the options away on a phone.
  useEffect(() => {
    if (feedback) nextButton.current?.focus({ preventScroll: true });
  }, [feedback]);

  const answered = questions.filter((q) => q.feedback).length;
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-4">
      <SessionHeader
        title={scopeTitle(deck.title, topic)}
        lang={deck.language}
        progress={t("progress", { number: index + 1, total: questions.length, answered })}
        progressTestId="quiz-progress"
      />
      <Card
        className="flex flex-col gap-4"
        data-testid="quiz-question"
        data-question-id={question.questionId}
        lang={deck.language}
      >
        <h2 className="text-lg font-medium leading-relaxed">{question.stem}</h2>
        <ol className="flex flex-col gap-2" aria-label={t("options")}>
          {question.options.map((option, i) => {
            const state = optionState(feedback, i);
            return (
              <li key={i}>
                <button
                  type="button"
                  onClick={() => void answer(i)}
                  disabled={pending || feedback !== null}
                  aria-pressed={feedback ? feedback.choice === i : undefined}
                  data-testid="quiz-option"
                  data-state={state}
                  className={`flex w-full items-start gap-3 rounded-lg px-3 py-3 text-left text-sm leading-relaxed transition-colors disabled:cursor-default ${optionStyles[state]}`}
                >
                  <kbd className="mt-0.5 shrink-0 rounded border border-current px-1.5 text-xs opacity-70">{i + 1}</kbd>
                  <span>{option}</span>
                  {(state === "right" || state === "wrong") && (
                    <span
                      className="ml-auto shrink-0 whitespace-nowrap text-xs font-semibold"
                      data-testid="option-mark"
                    >
                      <span aria-hidden>{state === "right" ? "✓ " : "✗ "}</span>
                      {state === "right" ? tFeedback("rightMark") : tFeedback("wrongMark")}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ol>
        <div aria-live="polite">
          {failed && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              {t("answerFailed")}
            </p>
          )}
          {feedback && (
            <section
              className="flex flex-col gap-3 border-t border-stone-200 pt-4 dark:border-stone-700"
              data-testid="quiz-feedback"
            >
              <p
                className={`font-semibold ${feedback.correct ? "text-teal-800 dark:text-teal-300" : "text-red-700 dark:text-red-400"}`}
              >
                {feedback.correct
                  ? t("correct")
                  : tFeedback("incorrect", {
                      option: feedback.correctChoice + 1,
                      answer: question.options[feedback.correctChoice] ?? "",
                    })}
              </p>
              <Markdown>{feedback.explanation}</Markdown>
              <Link
                href={entryHref(deck.slug, question.entryId)}
                className="self-start text-sm text-teal-800 underline dark:text-teal-300"
              >
                {t("openEntry")}
              </Link>
              {reportDeckId && <ReportItem deckId={reportDeckId} kind="question" id={question.questionId} />}
            </section>
          )}
        </div>
      </Card>
      {feedback ? (
        <Button ref={nextButton} onClick={next} className="min-h-12 text-base">
          {isLast ? t("seeResult") : t("next")} <kbd className="text-xs">Enter</kbd>
        </Button>
      ) : (
        <p className="text-xs text-stone-500 dark:text-stone-400">{t("keys", { count: question.options.length })}</p>
      )}
    </div>
  );
}

type OptionState = "open" | "right" | "wrong" | "other";

function optionState(feedback: QuizQuestionView["feedback"], i: number): OptionState {
  if (!feedback) return "open";
  if (i === feedback.correctChoice) return "right";
  return i === feedback.choice ? "wrong" : "other";
}

const optionStyles: Record<OptionState, string> = {
  open: "border border-stone-300 hover:border-teal-600 hover:bg-teal-50 dark:border-stone-600 dark:hover:bg-teal-950",
  // Told apart by their marks and weight, not by colour alone (red–green colour blindness).
  right: "border-2 border-teal-700 bg-teal-50 font-semibold text-teal-950 dark:bg-teal-950 dark:text-teal-50",
  wrong: "border-2 border-dashed border-red-700 bg-red-50 text-red-950 dark:bg-red-950 dark:text-red-50",
  other: "border border-stone-200 text-stone-600 dark:border-stone-700 dark:text-stone-400",
};
