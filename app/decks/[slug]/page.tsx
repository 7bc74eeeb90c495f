import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { findDeck, getDeckPage } from "@/server/queries/decks";
import { EntryCard } from "./entry-card";
import { ButtonLink } from "@/components/ui/button-link";
import { Pager } from "@/components/ui/pager";
import { AnchorPage } from "./anchor-page";
import { TodayCounts } from "@/components/ui/today-counts";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { deckTodayCounts } from "@/server/progress/today";
import { ActionButton } from "@/components/ui/action-button";
import { deletePersonalDeckAction } from "@/app/decks/import/actions";
import { ExportMenu } from "@/components/export-menu";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const deck = await findDeck((await params).slug);
  return { title: deck?.title };
}

export default async function DeckPage({ params, searchParams }: Props) {
  const [{ slug }, { page: requested }, t, tLoading, tInterop, tImport] = await Promise.all([
    params,
    searchParams,
    getTranslations("deck"),
    getTranslations("dailyUse.loading"),
    getTranslations("interop"),
    getTranslations("deckImport"),
  ]);
  const [deck, user] = await Promise.all([getDeckPage(slug, requested), getCurrentUser()]);
  if (!deck) notFound();
  const today = user ? (await deckTodayCounts(db, user.id, [deck.id], new Date())).get(deck.id) : undefined;
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
        <p className="text-sm text-stone-600 dark:text-stone-400" data-testid="deck-counts">
          {t("entries", { count: deck.counts.entries })} · {t("cards", { count: deck.counts.cards })} ·{" "}
          {t("questions", { count: deck.counts.questions })}
        </p>
        {today && <TodayCounts counts={today} />}
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/study/${deck.slug}`} variant="primary" pendingLabel={tLoading("page")}>
            {t("study")}
          </ButtonLink>
          <ButtonLink href={`/quiz/${deck.slug}`}>{t("quiz")}</ButtonLink>
          <ButtonLink href={`/study/${deck.slug}/cards`}>{t("browse")}</ButtonLink>
          <ExportMenu
            label={tInterop("export")}
            links={[
              { href: `/decks/${deck.slug}/export?format=csv`, label: tInterop("exportCsv") },
              { href: `/decks/${deck.slug}/export?format=apkg`, label: tInterop("exportApkg") },
            ]}
          />
        </div>
        {deck.personal && (
          <div className="flex flex-wrap items-center gap-2 text-sm text-stone-600 dark:text-stone-400">
            <span>{tImport("personal")}</span>
            <ActionButton
              action={deletePersonalDeckAction}
              fields={{ deckId: deck.id }}
              label={tImport("delete")}
              messages="deckImport.errors"
              variant="ghost"
              confirm={{ question: tImport("deleteQuestion"), yes: tImport("deleteYes"), no: tImport("deleteNo") }}
            />
          </div>
        )}
      </header>
      <ol className="flex flex-col gap-4" lang={deck.language} start={deck.page.skip + 1}>
        {deck.entries.map((entry) => (
          <li key={entry.id}>
            <EntryCard slug={deck.slug} entry={entry} />
          </li>
        ))}
      </ol>
      <Pager
        page={deck.page.page}
        pages={deck.page.pages}
        href={(n) => `/decks/${deck.slug}${n > 1 ? `?page=${n}` : ""}`}
      />
      {deck.page.pages > 1 && <AnchorPage slug={deck.slug} />}
    </div>
  );
}
