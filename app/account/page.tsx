import { getTranslations } from "next-intl/server";
import { signOutEverywhereAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { pageTitle } from "@/app/page-title";
import { headers } from "next/headers";
import { CalendarFeed } from "@/components/calendar-feed";
import { appUrl } from "@/server/app-url";
import { calendarFeedToken } from "@/server/calendar/calendar-feed";
import { db } from "@/server/db/client";
import { createCalendarFeedAction, resetCalendarFeedAction } from "./actions";

export const generateMetadata = pageTitle("account", "title");

export default async function AccountPage() {
  const [user, t, tc] = await Promise.all([
    requireUser(),
    getTranslations("account"),
    getTranslations("followUp.calendar"),
  ]);
  const token = await calendarFeedToken(db, user.id);
  const feed = token && { token, url: `${appUrl(await requestOrigin())}/calendar/${token}.ics` };
  return (
    <div className="mx-auto flex w-full max-w-lg flex-col gap-5">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <Card className="flex flex-col gap-4">
        <dl>
          <dt className="text-sm text-stone-500 dark:text-stone-400">{t("email")}</dt>
          <dd className="font-medium">{user.email}</dd>
        </dl>
        <form
          action={signOutEverywhereAction}
          className="flex flex-col items-start gap-2 border-t border-stone-200 pt-4 dark:border-stone-700"
        >
          <Button variant="secondary">{t("signOutEverywhere")}</Button>
          <p className="text-xs text-stone-500 dark:text-stone-400">{t("signOutEverywhereHint")}</p>
        </form>
      </Card>
      <Card className="flex flex-col gap-3" role="region" aria-labelledby="calendar-feed">
        <h2 id="calendar-feed" className="text-lg font-semibold">
          {tc("title")}
        </h2>
        <p className="text-sm text-stone-600 dark:text-stone-400">{tc("hint")}</p>
        <CalendarFeed feed={feed || null} create={createCalendarFeedAction} reset={resetCalendarFeedAction} />
      </Card>
    </div>
  );
}

/** The origin the browser reached, as the proxy in front (if any) reports it. */
async function requestOrigin(): Promise<string | undefined> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  return host ? `${h.get("x-forwarded-proto") ?? "http"}://${host}` : undefined;
}
