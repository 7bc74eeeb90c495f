import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/locales";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { learnerSettings } from "@/server/study/study-service";

export default getRequestConfig(async () => {
  const locale = negotiateLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  // Besides the main catalogue, some features keep their messages in files of their own.
  const parts = await Promise.all(
    ["", ".team-content", ".deck-import", ".load-balancing", ".workload", ".fsrs"].map(
      (part) => import(`./messages/${locale}${part}.json`) as Promise<{ default: Record<string, unknown> }>,
    ),
  );
  // Dates and times show in the learner's own time zone (from their study settings).
  const user = await getCurrentUser();
  const timeZone = user ? (await learnerSettings(db, user.id)).timeZone : "UTC";
  return {
    locale,
    messages: Object.assign({}, ...parts.map((p) => p.default)),
    timeZone,
  };
});
