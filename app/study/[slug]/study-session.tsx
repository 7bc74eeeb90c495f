"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { Markdown } from "@/components/markdown";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SessionHeader } from "@/components/ui/session-header";
import { GRADES, type GradeName } from "@/lib/study/scheduling";
import type { StudyCard, UndoOutcome } from "@/lib/study/study-card";
import { ReportItem } from "@/app/reports/report-item";
import { useGradeOutbox } from "./use-grade-outbox";

type Props = {
  // teamId: a team deck, whose cards learners can report a problem with.
  deck: { id: string; slug: string; title: string; language: string; teamId: string | null };
  initialCards: StudyCard[];
  summaryAction: () => Promise<{ dueTomorrow: number }>;
  reloadAction: () => Promise<StudyCard[]>;
};
type Graded = { card: StudyCard; clientReviewId: string; grade: GradeName };

const gradeStyles: Record<GradeName, string> = {
  again: "bg-red-700 hover:bg-red-800",
  hard: "bg-amber-600 hover:bg-amber-700",
  good: "bg-teal-700 hover:bg-teal-800",
  easy: "bg-sky-700 hover:bg-sky-800",
};

/** The review loop. The next card shows at once; grades go to the server in the background. */
export function StudySession({ deck, initialCards, summaryAction, reloadAction }: Props) {
  const t = useTranslations("study");
  const [queue, setQueue] = useState(initialCards);
  const [revealed, setRevealed] = useState(false);
  const reload = useCallback(async () => {
    const fresh = await reloadAction();
    setQueue(fresh);
    setRevealed(false);
  }, [reloadAction]);
  const [history, setHistory] = useState<Graded[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [summary, setSummary] = useState<{ dueTomorrow: number; elapsedMs: number } | null>(null);
  const shownAt = useRef(0);
  const startedAt = useRef(0);
  const current = queue[0];

  const outbox = useGradeOutbox({
    onAgain: (card) => setQueue((q) => [...q.filter((c) => c.userCardId !== card.userCardId), card]),
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
    if (!outbox.withdraw(last.clientReviewId)) {
      await outbox.settled();
      const response = await fetch("/api/study/undo", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ clientReviewId: last.clientReviewId }),
      });
      const outcome = (await response.json().catch(() => null)) as UndoOutcome | null;
      if (!outcome?.ok) return;
      card = outcome.card;
    }
    setQueue((q) => [card, ...q.filter((c) => c.userCardId !== card.userCardId)]);
    setRevealed(false);
  }, [history, outbox]);

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

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-4">
      <SessionHeader
        title={t("title", { deck: deck.title })}
        lang={deck.language}
        progress={t("progress", { done, left: queue.length })}
        progressTestId="study-progress"
      />
      <div aria-live="polite" className="flex flex-col gap-2">
        {outbox.offline && (
          <p
            role="status"
            className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
          >
            {t("offline", { count: outbox.pending })}
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
              <Markdown>{current.back}</Markdown>
              {current.fullAnswer && (
                <details className="mt-4 text-sm" data-testid="study-full-answer">
                  <summary className="cursor-pointer text-stone-600 dark:text-stone-400">{t("fullAnswer")}</summary>
                  <Markdown className="mt-2 text-stone-700 dark:text-stone-300">{current.fullAnswer}</Markdown>
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
        <Card className="flex flex-col gap-3" data-testid="study-done">
          <h2 className="text-lg font-semibold">{done > 0 ? t("doneTitle") : t("nothingDue")}</h2>
          {done > 0 && (
            <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
              <dt>{t("doneReviewed")}</dt>
              <dd data-testid="done-reviewed">{done}</dd>
              <dt>{t("doneAgain")}</dt>
              <dd>{history.filter((h) => h.grade === "again").length}</dd>
              <dt>{t("doneTime")}</dt>
              <dd>{summary ? formatDuration(summary.elapsedMs) : "…"}</dd>
              <dt>{t("doneTomorrow")}</dt>
              <dd data-testid="done-tomorrow">{summary ? summary.dueTomorrow : "…"}</dd>
            </dl>
          )}
          <div className="flex flex-wrap gap-2">
            <Link
              href={`/decks/${deck.slug}`}
              className="rounded-lg border border-stone-300 px-3 py-2 text-sm dark:border-stone-600"
            >
              {t("backToDeck")}
            </Link>
            <Button variant="secondary" onClick={() => void reload()}>
              {t("studyAgain")}
            </Button>
          </div>
        </Card>
      )}

      {current && !revealed && (
        <Button className="min-h-12 text-base" onClick={() => setRevealed(true)}>
          {t("show")} <kbd className="text-xs opacity-80">{t("showHint")}</kbd>
        </Button>
      )}
      {current && revealed && (
        <div className="grid grid-cols-4 gap-2" role="group" aria-label={t("back")}>
          {GRADES.map((name, i) => (
            <button
              key={name}
              onClick={() => grade(name)}
              className={`flex min-h-14 flex-col items-center justify-center rounded-lg px-1 text-sm font-medium text-white ${gradeStyles[name]}`}
            >
              <span>
                {t(name)} <kbd className="opacity-75">{i + 1}</kbd>
              </span>
              <span className="text-xs opacity-90" data-testid={`interval-${name}`}>
                {current.intervals[name]}
              </span>
            </button>
          ))}
        </div>
      )}
      <div className="flex items-center justify-between gap-2 text-xs text-stone-500 dark:text-stone-400">
        <span>{outbox.pending > 0 && !outbox.offline ? t("pending", { count: outbox.pending }) : t("keys")}</span>
        <Button
          variant="ghost"
          className="min-h-8 px-2 text-xs"
          onClick={() => void undo()}
          disabled={history.length === 0}
        >
          {t("undo")} <kbd>{t("undoHint")}</kbd>
        </Button>
      </div>
    </div>
  );
}

function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
