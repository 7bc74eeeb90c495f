"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode, type SyntheticEvent } from "react";
import { EntryCardList, EntryQuestionList } from "@/components/entry-contents";
import type { EntryContents } from "@/server/queries/deck-entries";

const DIVIDER = "border-t border-stone-200 dark:border-stone-700";

type Props = { slug: string; entryId: string; cardCount: number; questionCount: number };

/** An entry's flashcards and questions, folded; fetched the first time the reader opens either. */
export function EntryDetails({ slug, entryId, cardCount, questionCount }: Props) {
  const t = useTranslations("deck");
  const [contents, setContents] = useState<EntryContents | null>(null);
  const [failed, setFailed] = useState(false);
  const loading = useRef(false);

  const load = async (event: SyntheticEvent<HTMLDetailsElement>) => {
    if (!event.currentTarget.open || contents || loading.current) return;
    loading.current = true;
    setFailed(false);
    try {
      const response = await fetch(`/decks/${encodeURIComponent(slug)}/entries?id=${encodeURIComponent(entryId)}`);
      const body = (await response.json()) as ({ ok: true } & EntryContents) | { ok: false };
      if (body.ok) setContents(body);
      else setFailed(true);
    } catch {
      setFailed(true);
    } finally {
      loading.current = false;
    }
  };

  return (
    <>
      <Fold summary={t("flashcards", { count: cardCount })} onToggle={load}>
        {contents ? <EntryCardList cards={contents.cards} className={DIVIDER} /> : <Pending failed={failed} />}
      </Fold>
      <Fold summary={t("quizQuestions", { count: questionCount })} onToggle={load}>
        {contents ? (
          <EntryQuestionList questions={contents.questions} className={DIVIDER} />
        ) : (
          <Pending failed={failed} />
        )}
      </Fold>
    </>
  );
}

function Fold({
  summary,
  onToggle,
  children,
}: {
  summary: string;
  onToggle: (event: SyntheticEvent<HTMLDetailsElement>) => void;
  children: ReactNode;
}) {
  return (
    <details className="rounded-lg border border-stone-200 dark:border-stone-700" onToggle={onToggle}>
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium">{summary}</summary>
      {children}
    </details>
  );
}

function Pending({ failed }: { failed: boolean }) {
  const t = useTranslations("dailyUse.deck");
  return (
    <p
      role="status"
      className={`px-3 py-2 text-sm ${failed ? "text-red-700 dark:text-red-400" : "text-stone-600 dark:text-stone-400"}`}
    >
      {failed ? t("loadFailed") : t("loading")}
    </p>
  );
}
