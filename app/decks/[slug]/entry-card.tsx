import { Markdown } from "@/components/markdown";
import { EntryBadges } from "@/components/entry-contents";
import { Card } from "@/components/ui/card";
import { entryAnchor } from "@/lib/content/entry-links";
import type { EntrySummary } from "@/server/queries/deck-entries";
import { EntryDetails } from "./entry-details";

export function EntryCard({ slug, entry }: { slug: string; entry: EntrySummary }) {
  return (
    <Card className="flex flex-col gap-3 scroll-mt-20" id={entryAnchor(entry.id)} data-testid="entry">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <EntryBadges entry={entry} />
      </div>
      <h2 className="text-lg font-semibold leading-snug">{entry.question}</h2>
      <Markdown className="text-stone-800 dark:text-stone-200">{entry.answer}</Markdown>
      <EntryDetails slug={slug} entryId={entry.id} cardCount={entry.cardCount} questionCount={entry.questionCount} />
    </Card>
  );
}
