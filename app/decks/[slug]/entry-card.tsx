import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/markdown";
import { Card } from "@/components/ui/card";
import { entryAnchor } from "@/lib/content/entry-links";
import type { DeckContents } from "@/server/queries/decks";

type Entry = DeckContents["entries"][number];

export async function EntryCard({ entry }: { entry: Entry }) {
  const t = await getTranslations("deck");
  return (
    <Card className="flex flex-col gap-3 scroll-mt-20" id={entryAnchor(entry.id)} data-testid="entry">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        {entry.kind === "topic" && <span className="rounded-full bg-amber-100 px-2 py-0.5 text-amber-900 dark:bg-amber-900 dark:text-amber-100">{t("topicEntry")}</span>}
        {entry.topic && <span className="rounded-full bg-stone-100 px-2 py-0.5 text-stone-700 dark:bg-stone-800 dark:text-stone-300">{t("topic", { topic: entry.topic })}</span>}
      </div>
      <h2 className="text-lg font-semibold leading-snug">{entry.question}</h2>
      <Markdown className="text-stone-800 dark:text-stone-200">{entry.answer}</Markdown>
      <details className="group rounded-lg border border-stone-200 dark:border-stone-700">
        <summary className="cursor-pointer px-3 py-2 text-sm font-medium">{t("flashcards", { count: entry.cards.length })}</summary>
        <ul className="flex flex-col divide-y divide-stone-200 border-t border-stone-200 dark:divide-stone-700 dark:border-stone-700">
          {entry.cards.map((card) => (
            <li key={card.id} className="grid gap-2 px-3 py-2 text-sm sm:grid-cols-[7rem_1fr_1fr]" data-testid="card">
              <span className="text-xs font-medium uppercase tracking-wide text-teal-800 dark:text-teal-300">{t(`kinds.${card.kind}`)}</span>
              <div className="whitespace-pre-line"><span className="sr-only">{t("front")}: </span>{card.front}</div>
              <Markdown className="text-stone-600 dark:text-stone-400">{card.back}</Markdown>
            </li>
          ))}
        </ul>
      </details>
      <details className="rounded-lg border border-stone-200 dark:border-stone-700">
        <summary className="cursor-pointer px-3 py-2 text-sm font-medium">{t("quizQuestions", { count: entry.questions.length })}</summary>
        <ul className="flex flex-col divide-y divide-stone-200 border-t border-stone-200 dark:divide-stone-700 dark:border-stone-700">
          {entry.questions.map((q) => (
            <li key={q.id} className="flex flex-col gap-2 px-3 py-2 text-sm" data-testid="question">
              <p className="font-medium">{q.stem}</p>
              <ol className="grid gap-1 sm:grid-cols-2">
                {q.options.map((option, i) => (
                  <li key={i} className={`rounded-md border px-2 py-1 ${i === q.answerIndex ? "border-teal-600 bg-teal-50 dark:bg-teal-950" : "border-stone-200 dark:border-stone-700"}`}>
                    <span className="mr-1 font-mono text-xs text-stone-500">{"ABCD"[i]}</span>
                    {option}
                    {i === q.answerIndex && <span className="sr-only"> ({t("correct")})</span>}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      </details>
    </Card>
  );
}
