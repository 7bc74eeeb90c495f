import { PendingLink } from "@/components/ui/pending-link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { listDecks } from "@/server/queries/decks";
import { myAssignments } from "@/server/teams/assignments";
import { AssignedToMe } from "./assigned-to-me";
import { Section } from "@/components/ui/section";
import { TodayCounts } from "@/components/ui/today-counts";
import { deckTodayCounts } from "@/server/progress/today";

export default async function HomePage() {
  const [user, decks, t, tNav, tToday, tLoading, tImport] = await Promise.all([
    getCurrentUser(),
    listDecks(),
    getTranslations("home"),
    getTranslations("nav"),
    getTranslations("dailyUse.today"),
    getTranslations("dailyUse.loading"),
    getTranslations("deckImport"),
  ]);
  const now = new Date();
  const [assignments, today] = user
    ? await Promise.all([
        myAssignments(db, user.id, now),
        deckTodayCounts(
          db,
          user.id,
          decks.map((d) => d.id),
          now,
        ),
      ])
    : [[], new Map<string, never>()];
  return (
    <div className="flex flex-col gap-8">
      {user ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">{t("signedInAs", { email: user.email })}</p>
      ) : (
        <section aria-labelledby="welcome" className="rounded-2xl bg-teal-800 px-6 py-8 text-white sm:px-8">
          <h1 id="welcome" className="text-2xl font-semibold tracking-tight sm:text-3xl">
            {t("welcomeTitle")}
          </h1>
          <p className="mt-2 max-w-prose text-teal-50">{t("welcomeBody")}</p>
          <div className="mt-5 flex flex-wrap gap-3">
            <ButtonLink href="/signup" variant="light">
              {tNav("signUp")}
            </ButtonLink>
            <ButtonLink href="/signin" variant="lightOutline">
              {tNav("signIn")}
            </ButtonLink>
          </div>
        </section>
      )}
      {assignments.length > 0 && <AssignedToMe assignments={assignments} />}
      <Section
        id="decks-heading"
        title={t("title")}
        size="xl"
        gap={4}
        actions={
          user && (
            <PendingLink
              href="/decks/import"
              className="text-sm font-medium text-teal-800 underline dark:text-teal-300"
              pendingLabel={tLoading("page")}
            >
              {tImport("link")}
            </PendingLink>
          )
        }
      >
        {decks.length === 0 ? (
          <Card>
            <h3 className="font-medium">{t("emptyTitle")}</h3>
            <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{t("emptyBody")}</p>
          </Card>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {decks.map((deck) => (
              <li key={deck.slug}>
                <Card className="flex h-full flex-col gap-2" data-testid={`deck-${deck.slug}`}>
                  <h3 className="text-lg font-semibold" lang={deck.language}>
                    <PendingLink
                      href={`/decks/${deck.slug}`}
                      className="hover:underline"
                      pendingLabel={tLoading("page")}
                    >
                      {deck.title}
                    </PendingLink>
                  </h3>
                  {deck.team && <p className="text-xs font-medium text-stone-500 dark:text-stone-400">{deck.team}</p>}
                  {deck.personal && (
                    <p className="text-xs font-medium text-stone-500 dark:text-stone-400">{tImport("personal")}</p>
                  )}
                  <p className="text-sm text-stone-600 dark:text-stone-400" lang={deck.language}>
                    {deck.description}
                  </p>
                  <p
                    className="mt-auto pt-2 text-sm font-medium text-teal-800 dark:text-teal-300"
                    data-testid="entry-count"
                  >
                    {t("entries", { count: deck.entryCount })}
                  </p>
                  {today.has(deck.id) && (
                    <div className="flex flex-wrap items-center justify-between gap-3 border-t border-stone-200 pt-3 dark:border-stone-700">
                      <TodayCounts counts={today.get(deck.id)!} />
                      <ButtonLink
                        href={`/study/${deck.slug}`}
                        variant="primary"
                        pendingLabel={tLoading("page")}
                        aria-label={tToday("studyDeck", { deck: deck.title })}
                      >
                        {tToday("study")}
                      </ButtonLink>
                    </div>
                  )}
                </Card>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
