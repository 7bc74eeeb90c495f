import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDeckContents } from "@/server/queries/decks";
import { EntryCard } from "./entry-card";
import { ButtonLink } from "@/components/ui/button-link";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const deck = await getDeckContents((await params).slug);
  return { title: deck?.title };
}

export default async function DeckPage({ params }: Props) {
  const [deck, t] = await Promise.all([getDeckContents((await params).slug), getTranslations("deck")]);
  if (!deck) notFound();
  const cards = deck.entries.reduce((n, e) => n + e.cards.length, 0);
  const questions = deck.entries.reduce((n, e) => n + e.questions.length, 0);
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl" lang={deck.language}>
          {deck.title}
        </h1>
        {deck.description && (
          <p className="text-stone-600 dark:text-stone-400" lang={deck.language}>
            {deck.description}
          </p>
        )}
        <p className="text-sm text-stone-500 dark:text-stone-400" data-testid="deck-counts">
          {t("entries", { count: deck.entries.length })} · {t("cards", { count: cards })} ·{" "}
          {t("questions", { count: questions })}
        </p>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/study/${deck.slug}`} variant="primary">
            {t("study")}
          </ButtonLink>
          <ButtonLink href={`/quiz/${deck.slug}`}>{t("quiz")}</ButtonLink>
          <ButtonLink href={`/study/${deck.slug}/cards`}>{t("browse")}</ButtonLink>
        </div>
      </header>
      <ol className="flex flex-col gap-4" lang={deck.language}>
        {deck.entries.map((entry) => (
          <li key={entry.id}>
            <EntryCard entry={entry} />
          </li>
        ))}
      </ol>
    </div>
  );
}
