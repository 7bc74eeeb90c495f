import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";

// The Markdown parser is a quarter of a page's JavaScript: in the browser it loads when a reader first
// opens an entry's flashcards, not with the deck page (on the server it renders as usual).
const Markdown = dynamic(() => import("./markdown").then((m) => m.Markdown));

// Plain components (no async): the deck page renders them in the browser when an entry is opened.

type EntryCardRow = { id: string; kind: string; front: string; back: string };
type EntryQuestionRow = { id: string; stem: string; options: string[]; answerIndex: number };

/** The badges above an entry: "topic" for a topic entry, and the topic it belongs to. */
export function EntryBadges({ entry }: { entry: { kind: string; topic: string | null } }) {
  const t = useTranslations("deck");
  return (
    <>
      {entry.kind === "topic" && (
        <span className="rounded-full bg-amber-100 px-2 py-0.5 text-amber-900 dark:bg-amber-900 dark:text-amber-100">
          {t("topicEntry")}
        </span>
      )}
      {entry.topic && (
        <span className="rounded-full bg-stone-100 px-2 py-0.5 text-stone-700 dark:bg-stone-800 dark:text-stone-300">
          {t("topic", { topic: entry.topic })}
        </span>
      )}
    </>
  );
}

/** An entry's generated flashcards, as the deck page and a team deck's preview show them. */
export function EntryCardList({ cards, className = "" }: { cards: EntryCardRow[]; className?: string }) {
  const t = useTranslations("deck");
  return (
    <ul className={`flex flex-col divide-y divide-stone-200 dark:divide-stone-700 ${className}`}>
      {cards.map((card) => (
        <li key={card.id} className="grid gap-2 px-3 py-2 text-sm sm:grid-cols-[7rem_1fr_1fr]" data-testid="card">
          <span className="text-xs font-medium uppercase tracking-wide text-teal-800 dark:text-teal-300">
            {t(`kinds.${card.kind}`)}
          </span>
          <div className="whitespace-pre-line">
            <span className="sr-only">{t("front")}: </span>
            {card.front}
          </div>
          <Markdown className="text-stone-600 dark:text-stone-400">{card.back}</Markdown>
        </li>
      ))}
    </ul>
  );
}

/** An entry's multiple-choice questions with the right option marked (for browsing a deck, not for quizzes). */
export function EntryQuestionList({
  questions,
  className = "",
}: {
  questions: EntryQuestionRow[];
  className?: string;
}) {
  return (
    <ul className={`flex flex-col divide-y divide-stone-200 dark:divide-stone-700 ${className}`}>
      {questions.map((q) => (
        <li key={q.id} className="flex flex-col gap-2 px-3 py-2 text-sm" data-testid="question">
          <p className="font-medium">{q.stem}</p>
          <OptionList options={q.options} answerIndex={q.answerIndex} />
        </li>
      ))}
    </ul>
  );
}

/** A question's options, A to D, the right one marked (for browsing and reviewing, never in a quiz). */
export function OptionList({ options, answerIndex }: { options: string[]; answerIndex: number }) {
  const t = useTranslations("deck");
  return (
    <ol className="grid gap-1 sm:grid-cols-2">
      {options.map((option, i) => (
        <li
          key={i}
          className={`rounded-md border px-2 py-1 ${i === answerIndex ? "border-teal-600 bg-teal-50 dark:bg-teal-950" : "border-stone-200 dark:border-stone-700"}`}
        >
          <span className="mr-1 font-mono text-xs text-stone-500">{"ABCD"[i]}</span>
          {option}
          {i === answerIndex && <span className="sr-only"> ({t("correct")})</span>}
        </li>
      ))}
    </ol>
  );
}
