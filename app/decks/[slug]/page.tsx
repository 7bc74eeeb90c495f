import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { findDeck, getDeckContents } from "@/server/queries/decks";
import { EntryCard } from "./entry-card";
import { ButtonLink } from "@/components/ui/button-link";
import { Pager } from "@/components/ui/pager";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const deck = await findDeck((await params).slug);
  return { title: deck?.title };
}

/** A deck's description, counts and links, and its entries a page at a time (a deck may have thousands). */
export default async function DeckPage({ params, searchParams }: Props) {
  const [{ slug }, { page }] = await Promise.all([params, searchParams]);
  const [deck, t] = await Promise.all([getDeckContents(slug, Number(page ?? 1)), getTranslations("deck")]);
  if (!deck) notFound();
  const { counts } = deck;
  const pageHref = (n: number) => `/decks/${deck.slug}?page=${n}`;
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
          {t("entries", { count: counts.entries })} · {t("cards", { count: counts.cards })} ·{" "}
          {t("questions", { count: counts.questions })}
        </p>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/study/${deck.slug}`} variant="primary">
            {t("study")}
          </ButtonLink>
          <ButtonLink href={`/quiz/${deck.slug}`}>{t("quiz")}</ButtonLink>
          <ButtonLink href={`/study/${deck.slug}/cards`}>{t("browse")}</ButtonLink>
        </div>
      </header>
      <Pager page={deck.page} pages={deck.pages} href={pageHref} />
      <ol className="flex flex-col gap-4" lang={deck.language}>
        {deck.entries.map((entry) => (
          <li key={entry.id}>
            <EntryCard entry={entry} />
          </li>
        ))}
      </ol>
      <Pager page={deck.page} pages={deck.pages} href={pageHref} />
    </div>
  );
}
