import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/locales";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { learnerSettings } from "@/server/study/study-service";

export default getRequestConfig(async () => {
  const locale = negotiateLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  // Team content (uploaded decks, reports) and deck import keep their messages in files of their own.
  const [main, teamContent, deckImport, fsrs] = await Promise.all([
    import(`./messages/${locale}.json`),
    import(`./messages/${locale}.team-content.json`),
    import(`./messages/${locale}.deck-import.json`),
    import(`./messages/${locale}.fsrs.json`),
  ]);
  // Dates and times show in the learner's own time zone (from their study settings).
  const user = await getCurrentUser();
  const timeZone = user ? (await learnerSettings(db, user.id)).timeZone : "UTC";
  return {
    locale,
    messages: { ...main.default, ...teamContent.default, ...deckImport.default, ...fsrs.default },
    timeZone,
  };
});
