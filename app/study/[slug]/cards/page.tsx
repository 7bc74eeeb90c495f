import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Options, Select } from "@/components/ui/select";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { findDeck } from "@/server/queries/decks";
import { BROWSE_FILTERS, browseCards, learnerSettings, type BrowseFilter } from "@/server/study/study-service";
import { changeCardAction } from "./actions";
import { ForgettingCurve } from "./forgetting-curve";
import { Page } from "@/components/ui/page";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ q?: string; state?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [deck, t] = await Promise.all([findDeck((await params).slug), getTranslations("browse")]);
  return { title: deck ? t("title", { deck: deck.title }) : undefined };
}

export default async function CardBrowserPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ slug }, { q = "", state = "all" }] = await Promise.all([params, searchParams]);
  const deck = await findDeck(slug);
  if (!deck) notFound();
  const filter: BrowseFilter = (BROWSE_FILTERS as readonly string[]).includes(state) ? (state as BrowseFilter) : "all";
  const now = new Date();
  const [cards, settings, t, format] = await Promise.all([
    browseCards(db, user.id, deck.id, { text: q.slice(0, 200), filter }, now),
    learnerSettings(db, user.id),
    getTranslations("browse"),
    getFormatter(),
  ]);
  const when = (date: Date) =>
    format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: settings.timeZone });
  const path = `/study/${deck.slug}/cards`;
  return (
    <Page title={t("title", { deck: deck.title })} lang={deck.language} gap={5}>
      <form className="flex flex-wrap items-end gap-3" role="search">
        <label className="flex flex-col gap-1 text-sm">
          {t("search")}
          <input
            name="q"
            defaultValue={q}
            placeholder={t("searchPlaceholder")}
            className="min-h-10 rounded-lg border border-stone-300 bg-white px-3 dark:border-stone-600 dark:bg-stone-900"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("filter")}
          <Select name="state" defaultValue={filter}>
            <Options values={BROWSE_FILTERS} label={(f) => t(`filters.${f}`)} />
          </Select>
        </label>
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
        <p className="ml-auto text-sm text-stone-500" data-testid="browse-count">
          {t("count", { count: cards.length })}
        </p>
      </form>
      {cards.length === 0 && <p className="text-stone-600">{t("none")}</p>}
      <ul className="flex flex-col gap-3" lang={deck.language}>
        {cards.map((card) => (
          <li key={card.userCardId}>
            <Card className="flex flex-col gap-2 p-4" data-testid="browsed-card">
              <div className="flex flex-wrap items-center gap-2 text-xs">
                <span className="rounded-full bg-stone-100 px-2 py-0.5 dark:bg-stone-800" data-testid="card-state">
                  {t(`filters.${card.state}`)}
                </span>
                {card.suspended && (
                  <span className="rounded-full bg-amber-100 px-2 py-0.5 text-amber-900">{t("suspendedBadge")}</span>
                )}
                {card.leech && (
                  <span className="rounded-full bg-red-100 px-2 py-0.5 text-red-900">{t("leechBadge")}</span>
                )}
              </div>
              <p className="whitespace-pre-line font-medium">{card.front}</p>
              <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-xs text-stone-600 sm:grid-cols-6 dark:text-stone-400">
                <div>
                  <dt>{t("due")}</dt>
                  <dd>{when(card.due)}</dd>
                </div>
                <div>
                  <dt>{t("stability")}</dt>
                  <dd>{t("days", { value: card.stability.toFixed(1) })}</dd>
                </div>
                <div>
                  <dt>{t("difficulty")}</dt>
                  <dd>{card.difficulty.toFixed(2)}</dd>
                </div>
                <div>
                  <dt>{t("recall")}</dt>
                  <dd data-testid="card-recall">{format.number(card.recall, { style: "percent" })}</dd>
                </div>
                <div>
                  <dt>{t("reps")}</dt>
                  <dd>{card.reps}</dd>
                </div>
                <div>
                  <dt>{t("lapses")}</dt>
                  <dd>{card.lapses}</dd>
                </div>
              </dl>
              <ForgettingCurve card={card} now={now} settings={settings} />
              <details className="text-xs">
                <summary className="cursor-pointer">{t("history", { count: card.history.length })}</summary>
                {card.history.length === 0 ? (
                  <p className="mt-1">{t("noHistory")}</p>
                ) : (
                  <ol className="mt-1 flex flex-col gap-0.5">
                    {card.history.map((h, i) => (
                      <li key={i}>
                        {when(h.reviewedAt)} · {h.grade} · {h.stateBefore} → {h.stateAfter}
                      </li>
                    ))}
                  </ol>
                )}
              </details>
              <form action={changeCardAction} className="flex gap-2">
                <input type="hidden" name="userCardId" value={card.userCardId} />
                <input type="hidden" name="path" value={path} />
                <Button
                  variant="secondary"
                  className="min-h-8 text-xs"
                  name="change"
                  value={card.suspended ? "unsuspend" : "suspend"}
                >
                  {card.suspended ? t("unsuspend") : t("suspend")}
                </Button>
                <Button variant="ghost" className="min-h-8 text-xs" name="change" value="reset">
                  {t("reset")}
                </Button>
              </form>
            </Card>
          </li>
        ))}
      </ul>
    </Page>
  );
}
