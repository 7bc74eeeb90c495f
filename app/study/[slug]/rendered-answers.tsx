import type { ReactNode } from "react";
import { Markdown } from "@/components/markdown";
import type { StudyCard } from "@/lib/study/study-card";

/** A card's back and folded full answer, rendered from Markdown on the server (the page ships no Markdown parser). */
export type RenderedAnswer = { back: ReactNode; fullAnswer: ReactNode | null };

/** The rendered answers of the cards, by card id: a card that comes back again shows the same ones. */
export function renderedAnswers(cards: StudyCard[]): Record<string, RenderedAnswer> {
  return Object.fromEntries(
    cards.map((card) => [
      card.cardId,
      {
        back: <Markdown>{card.back}</Markdown>,
        fullAnswer: card.fullAnswer ? (
          <Markdown className="mt-2 text-stone-700 dark:text-stone-300">{card.fullAnswer}</Markdown>
        ) : null,
      },
    ]),
  );
}
