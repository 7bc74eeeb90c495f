import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/markdown";
import { ActionButton } from "@/components/ui/action-button";
import { EntryBadges, EntryCardList, EntryQuestionList } from "@/components/entry-contents";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { draftView } from "@/server/teams/team-decks";
import { TeamSubpageHeader } from "../../../team-page";
import { deleteDeckAction, publishDeckAction } from "./actions";
import { Section } from "@/components/ui/section";
import { Pager } from "@/components/ui/pager";
import { pageTitle } from "@/app/page-title";

type Props = { params: Promise<{ teamId: string; slug: string }>; searchParams: Promise<{ page?: string }> };

/** A file can warn once per entry: the first ones say what to fix, thousands would only slow the page. */
const WARNINGS_SHOWN = 100;

export const generateMetadata = pageTitle("teamContent", "previewTitle");

/**
 * An uploaded deck as learners will get it, a page of entries at a time, with the compiler's warnings;
 * admins only, others get a 404.
 */
export default async function TeamDeckPreviewPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ teamId, slug }, { page }] = await Promise.all([params, searchParams]);
  const result = await draftView(db, user.id, teamId, slug, Number(page ?? 1));
  if (!result.ok) notFound();
  const { deck, entries, warnings, counts } = result.view;
  const pageHref = (n: number) => `/teams/${teamId}/decks/${deck.slug}/preview?page=${n}`;
  const [t, tDeck, format] = await Promise.all([
    getTranslations("teamContent"),
    getTranslations("deck"),
    getFormatter(),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <TeamSubpageHeader
        teamId={teamId}
        teamName={deck.teamName}
        title={deck.title}
        lang={deck.language}
        badge={
          <span
            data-testid="deck-status"
            className={`rounded-full px-2 py-0.5 text-xs font-medium ${deck.publishedAt ? "bg-teal-100 text-teal-900 dark:bg-teal-900 dark:text-teal-50" : "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-50"}`}
          >
            {deck.publishedAt ? t("published") : t("draft")}
          </span>
        }
      >
        <p className="text-sm text-stone-600 dark:text-stone-400" data-testid="preview-counts">
          {t("fromFile", { file: deck.fileName })} · {tDeck("entries", { count: counts.entries })} ·{" "}
          {tDeck("cards", { count: counts.cards })} · {tDeck("questions", { count: counts.questions })}
        </p>
      </TeamSubpageHeader>

      <Card className="flex flex-col gap-3">
        {deck.publishedAt ? (
          <>
            <p className="text-sm">
              {t("publishedOn", {
                date: format.dateTime(deck.publishedAt, { dateStyle: "medium", timeStyle: "short" }),
              })}
            </p>
            <Link
              href={`/decks/${deck.slug}`}
              className="self-start text-sm font-medium text-teal-800 underline dark:text-teal-300"
            >
              {t("openDeck")}
            </Link>
          </>
        ) : (
          <>
            <p className="text-sm">{t("draftExplained")}</p>
            <ActionButton
              action={publishDeckAction}
              fields={{ teamId, slug: deck.slug }}
              label={t("publish")}
              messages="teamContent.errors"
              variant="primary"
            />
          </>
        )}
        <ActionButton
          action={deleteDeckAction}
          fields={{ teamId, slug: deck.slug }}
          label={deck.publishedAt ? t("deletePublished") : t("deleteDraft")}
          messages="teamContent.errors"
          variant="ghost"
          confirm={{
            question: deck.publishedAt ? t("deletePublishedQuestion") : t("deleteDraftQuestion"),
            yes: t("deleteYes"),
            no: t("deleteNo"),
          }}
        />
      </Card>

      <Section id="warnings-heading" title={t("warnings", { count: warnings.length })} gap={2}>
        {warnings.length === 0 ? (
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("noWarnings")}</p>
        ) : (
          <ul
            className="flex flex-col gap-1 rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-50"
            data-testid="warnings"
          >
            {warnings.slice(0, WARNINGS_SHOWN).map((w, i) => (
              <li key={i}>
                <span className="font-medium">{t("atLine", { file: w.file, line: w.line })}</span>{" "}
                <span lang="en">{w.message}</span>
              </li>
            ))}
            {warnings.length > WARNINGS_SHOWN && (
              <li>{t("moreWarnings", { count: warnings.length - WARNINGS_SHOWN })}</li>
            )}
          </ul>
        )}
      </Section>

      <Section id="entries-heading" title={t("entriesHeading")}>
        <Pager page={result.view.page} pages={result.view.pages} href={pageHref} />
        <ol className="flex flex-col gap-4" lang={deck.language}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <Card className="flex flex-col gap-3" data-testid="preview-entry">
                <div className="flex flex-wrap items-center gap-2 text-xs text-stone-500 dark:text-stone-400">
                  <span>{t("line", { line: entry.line })}</span>
                  <EntryBadges entry={entry} />
                </div>
                <h3 className="text-lg font-semibold leading-snug">{entry.question}</h3>
                <Markdown className="text-stone-800 dark:text-stone-200">{entry.answer}</Markdown>
                <div className="flex flex-col gap-1">
                  <h4 className="text-sm font-medium">{tDeck("flashcards", { count: entry.cards.length })}</h4>
                  <EntryCardList
                    cards={entry.cards}
                    className="rounded-lg border border-stone-200 dark:border-stone-700"
                  />
                </div>
                <div className="flex flex-col gap-1">
                  <h4 className="text-sm font-medium">{tDeck("quizQuestions", { count: entry.questions.length })}</h4>
                  {entry.questions.length === 0 && (
                    <p className="text-sm text-stone-500 dark:text-stone-400">{t("noQuestion")}</p>
                  )}
                  {entry.questions.length > 0 && (
                    <EntryQuestionList
                      questions={entry.questions}
                      className="rounded-lg border border-stone-200 dark:border-stone-700"
                    />
                  )}
                </div>
              </Card>
            </li>
          ))}
        </ol>
        <Pager page={result.view.page} pages={result.view.pages} href={pageHref} />
      </Section>
    </div>
  );
}
