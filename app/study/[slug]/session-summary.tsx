"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

type Props = {
  deckSlug: string;
  done: number;
  again: number;
  summary: { dueTomorrow: number; elapsedMs: number } | null;
  onStudyAgain: () => void;
};

/** The end of a session: what was done and what comes tomorrow, or that nothing was due. */
export function SessionSummary({ deckSlug, done, again, summary, onStudyAgain }: Props) {
  const t = useTranslations("study");
  return (
    <Card className="flex flex-col gap-3" data-testid="study-done">
      <h2 className="text-lg font-semibold">{done > 0 ? t("doneTitle") : t("nothingDue")}</h2>
      {done > 0 && (
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
          <dt>{t("doneReviewed")}</dt>
          <dd data-testid="done-reviewed">{done}</dd>
          <dt>{t("doneAgain")}</dt>
          <dd>{again}</dd>
          <dt>{t("doneTime")}</dt>
          <dd>{summary ? formatDuration(summary.elapsedMs) : "…"}</dd>
          <dt>{t("doneTomorrow")}</dt>
          <dd data-testid="done-tomorrow">{summary ? summary.dueTomorrow : "…"}</dd>
        </dl>
      )}
      <div className="flex flex-wrap gap-2">
        <Link
          href={`/decks/${deckSlug}`}
          className="rounded-lg border border-stone-300 px-3 py-2 text-sm dark:border-stone-600"
        >
          {t("backToDeck")}
        </Link>
        <Button variant="secondary" onClick={onStudyAgain}>
          {t("studyAgain")}
        </Button>
      </div>
    </Card>
  );
}

function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
