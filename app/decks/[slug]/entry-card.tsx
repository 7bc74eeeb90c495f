import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/markdown";
import { EntryBadges, EntryCardList, EntryQuestionList } from "@/components/entry-contents";
import { Card } from "@/components/ui/card";
import { entryAnchor } from "@/lib/content/entry-links";
import type { DeckContents } from "@/server/queries/decks";

type Entry = DeckContents["entries"][number];

const DIVIDER = "border-t border-stone-200 dark:border-stone-700";

export async function EntryCard({ entry }: { entry: Entry }) {
  const t = await getTranslations("deck");
  return (
    <Card className="flex flex-col gap-3 scroll-mt-20" id={entryAnchor(entry.id)} data-testid="entry">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <EntryBadges entry={entry} />
      </div>
      <h2 className="text-lg font-semibold leading-snug">{entry.question}</h2>
      <Markdown className="text-stone-800 dark:text-stone-200">{entry.answer}</Markdown>
      {[
        {
          summary: t("flashcards", { count: entry.cards.length }),
          list: <EntryCardList cards={entry.cards} className={DIVIDER} />,
        },
        {
          summary: t("quizQuestions", { count: entry.questions.length }),
          list: <EntryQuestionList questions={entry.questions} className={DIVIDER} />,
        },
      ].map(({ summary, list }) => (
        <details key={summary} className="rounded-lg border border-stone-200 dark:border-stone-700">
          <summary className="cursor-pointer px-3 py-2 text-sm font-medium">{summary}</summary>
          {list}
        </details>
      ))}
    </Card>
  );
}
