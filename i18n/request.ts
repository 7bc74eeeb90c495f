import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/locales";

export default getRequestConfig(async () => {
  const locale = negotiateLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  // Team content (uploaded decks, reports) keeps its messages in a file of its own.
  const [main, teamContent] = await Promise.all([import(`./messages/${locale}.json`), import(`./messages/${locale}.team-content.json`)]);
  return { locale, messages: { ...main.default, ...teamContent.default }, timeZone: "UTC" };
});
