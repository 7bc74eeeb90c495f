"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Card } from "@/components/ui/card";
import { SessionHeader } from "@/components/ui/session-header";
import { GRADES, type CardStateName, type GradeName } from "@/lib/study/grades";
import { countChanges, sessionCounts, staysInSession, type CountChange } from "@/lib/study/session-counts";
import type { SessionCard, UndoOutcome } from "@/lib/study/study-card";
import { ReportItem } from "@/app/reports/report-item";
import { SessionProgress } from "./session-progress";
import { SessionSummary } from "./session-summary";
import { StudyActions } from "./study-actions";
import type { RenderedAnswer } from "./rendered-answers";
import { useGradeOutbox } from "./use-grade-outbox";

type Props = {
  // teamId: a team deck, whose cards learners can report a problem with.
  deck: { id: string; slug: string; title: string; language: string; teamId: string | null };
  initialCards: SessionCard[];
  /** Each card's answer, rendered on the server, by card id. */
  initialAnswers: Record<string, RenderedAnswer>;
  summaryAction: () => Promise<{ dueTomorrow: number }>;
  reloadAction: () => Promise<{ cards: SessionCard[]; answers: Record<string, RenderedAnswer> }>;
};
type Graded = { card: SessionCard; clientReviewId: string; grade: GradeName };
/** A graded card that will come back once the server has its grade: counted already. */
type Returning = { clientReviewId: string; state: CardStateName };
type Feedback =
  | { kind: "graded"; grade: GradeName; interval: string; returns: boolean; changes: CountChange[] }
  | { kind: "undone" | "undo-failed"; grade: GradeName };

/** The review loop. The next card shows at once; grades go to the server in the background. */
export function StudySession({ deck, initialCards, initialAnswers, summaryAction, reloadAction }: Props) {
  const t = useTranslations("study");
  const ts = useTranslations("studySession");
  const [queue, setQueue] = useState(initialCards);
  const [answers, setAnswers] = useState(initialAnswers);
  const [revealed, setRevealed] = useState(false);
  const reload = useCallback(async () => {
    const fresh = await reloadAction();
    setAnswers((known) => ({ ...known, ...fresh.answers }));
    setQueue(fresh.cards);
    setRevealed(false);
  }, [reloadAction]);
  const [history, setHistory] = useState<Graded[]>([]);
  const [returning, setReturning] = useState<Returning[]>([]);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [summary, setSummary] = useState<{ dueTomorrow: number; elapsedMs: number } | null>(null);
  const shownAt = useRef(0);
  const startedAt = useRef(0);
  const current = queue[0];
  const forget = useCallback(
    (clientReviewId: string) => setReturning((r) => r.filter((entry) => entry.clientReviewId !== clientReviewId)),
    [],
  );

  const outbox = useGradeOutbox({
    onAnswered: forget,
    // The outbox is shared by all decks: a grade left waiting from another deck's session stays there.
    onAgain: (card, deckId) => {
      if (deckId === deck.id) setQueue((q) => [...q.filter((c) => c.userCardId !== card.userCardId), card]);
    },
    onStale: () => {
      setNotice(t("stale"));
      void reload();
    },
    onLeech: () => setNotice(t("leech")),
  });

  useEffect(() => {
    startedAt.current = Date.now();
  }, []);
  useEffect(() => {
    shownAt.current = Date.now();
    // The learner may have scrolled down a long answer: the next card starts at its question.
    if (window.scrollY > 0) window.scrollTo({ top: 0 });
  }, [current?.userCardId, current?.version]);

  const grade = useCallback(
    (name: GradeName) => {
      if (!current || !revealed) return;
      const clientReviewId = crypto.randomUUID();
      outbox.enqueue({
        clientReviewId,
        userCardId: current.userCardId,
        version: current.version,
        grade: name,
        durationMs: Math.min(Date.now() - shownAt.current, 3_600_000),
      });
      const after = current.nextStates[name];
      const returns = staysInSession(after);
      if (returns) setReturning((r) => [...r, { clientReviewId, state: after }]);
      setFeedback({
        kind: "graded",
        grade: name,
        interval: current.intervals[name],
        returns,
        changes: countChanges(current.state, after),
      });
      setHistory((h) => [...h, { card: current, clientReviewId, grade: name }]);
      setQueue((q) => q.slice(1));
      setRevealed(false);
    },
    [current, revealed, outbox],
  );

  const undo = useCallback(async () => {
    const last = history.at(-1);
    if (!last) return;
    setHistory((h) => h.slice(0, -1));
    let card = last.card;
    if (outbox.withdraw(last.clientReviewId)) {
      forget(last.clientReviewId);
    } else {
      await outbox.settled();
      const outcome = await fetch("/api/study/undo", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ clientReviewId: last.clientReviewId }),
      })
        .then((response) => response.json() as Promise<UndoOutcome>)
        .catch(() => null);
      if (!outcome?.ok) {
        // Without an answer the grade may still be undone later; a refusal is final.
        if (!outcome) setHistory((h) => [...h, last]);
        setFeedback({ kind: "undo-failed", grade: last.grade });
        return;
      }
      card = outcome.card;
    }
    setQueue((q) => [card, ...q.filter((c) => c.userCardId !== card.userCardId)]);
    setRevealed(false);
    setFeedback({ kind: "undone", grade: last.grade });
  }, [history, outbox, forget]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        event.target instanceof HTMLInputElement ||
        event.target instanceof HTMLTextAreaElement ||
        event.metaKey ||
        event.ctrlKey ||
        event.altKey
      )
        return;
      if (event.target instanceof Element && event.target.closest("[data-no-shortcuts]")) return;
      if ((event.key === " " || event.key === "Enter") && current && !revealed) {
        event.preventDefault();
        setRevealed(true);
      } else if (/^[1-4]$/.test(event.key) && revealed) {
        event.preventDefault();
        grade(GRADES[Number(event.key) - 1]!);
      } else if (event.key === "z" || event.key === "Z") {
        event.preventDefault();
        void undo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, revealed, grade, undo]);

  const done = history.length;
  const finished = !current;
  useEffect(() => {
    if (finished && done > 0 && outbox.pending === 0)
      void summaryAction().then((r) => setSummary({ ...r, elapsedMs: Date.now() - startedAt.current }));
  }, [finished, done, outbox.pending, summaryAction]);

  const counts = useMemo(
    () => sessionCounts([...queue.map((c) => c.state), ...returning.map((r) => r.state)]),
    [queue, returning],
  );
  const feedbackText = (() => {
    if (!feedback) return null;
    const grade = t(feedback.grade);
    if (feedback.kind !== "graded") return ts(feedback.kind === "undone" ? "undid" : "undoFailed", { grade });
    const when = ts(feedback.returns ? "gradedBack" : "gradedNext", { grade, interval: feedback.interval });
    const moves = feedback.changes.map(({ count, by }) =>
      ts("change", { count: ts(`count.${count}`), by: by > 0 ? `+${by}` : `−${-by}` }),
    );
    return [when, ...moves].join(" · ");
  })();

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-3 sm:gap-4">
      <SessionHeader
        title={t("title", { deck: deck.title })}
        lang={deck.language}
        progress={<SessionProgress done={done} counts={counts} />}
        progressTestId="study-progress"
      />
      <div aria-live="polite" className="flex flex-col gap-2 empty:hidden">
        {outbox.problem && (
          <p
            role="status"
            className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
          >
            {ts(`problem.${outbox.problem}`, { count: outbox.pending })}
          </p>
        )}
        {notice && (
          <p
            role="status"
            className="rounded-lg bg-sky-50 px-3 py-2 text-sm text-sky-900 dark:bg-sky-950 dark:text-sky-100"
          >
            {notice}
          </p>
        )}
      </div>

      {current ? (
        <Card
          className="flex min-h-72 flex-col gap-4"
          data-testid="study-card"
          data-user-card-id={current.userCardId}
          data-version={current.version}
          lang={deck.language}
        >
          <p className="text-xs font-medium uppercase tracking-wide text-teal-800 dark:text-teal-300">
            {t(current.state)}
          </p>
          <h2 className="whitespace-pre-line text-lg font-medium leading-relaxed" aria-label={t("front")}>
            {current.front}
          </h2>
          {revealed && (
            <section
              aria-label={t("back")}
              className="border-t border-stone-200 pt-4 dark:border-stone-700"
              data-testid="study-answer"
            >
              {answers[current.cardId]?.back}
              {answers[current.cardId]?.fullAnswer && (
                <details className="mt-4 text-sm" data-testid="study-full-answer">
                  <summary className="cursor-pointer text-stone-600 dark:text-stone-400">{t("fullAnswer")}</summary>
                  {answers[current.cardId]?.fullAnswer}
                </details>
              )}
              {deck.teamId && current.cardId && (
                <div className="mt-4">
                  <ReportItem deckId={deck.id} kind="card" id={current.cardId} />
                </div>
              )}
            </section>
          )}
        </Card>
      ) : (
        <SessionSummary
          deckSlug={deck.slug}
          done={done}
          again={history.filter((h) => h.grade === "again").length}
          summary={summary}
          onStudyAgain={() => void reload()}
        />
      )}

      <StudyActions
        intervals={current ? current.intervals : null}
        revealed={revealed}
        onShow={() => setRevealed(true)}
        onGrade={grade}
        onUndo={() => void undo()}
        canUndo={history.length > 0}
        feedback={feedbackText}
        saving={outbox.problem ? 0 : outbox.pending}
      />
    </div>
  );
}
