// A reminder email in the member's language, from the message catalogues the interface uses.
import { createTranslator } from "use-intl/core";
import en from "@/i18n/messages/en.json";
import zhCN from "@/i18n/messages/zh-CN.json";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import type { ReminderKind } from "@/lib/reminders/reminder-keys";
import type { Email } from "./mailer";

const catalogues = { en, "zh-CN": zhCN } as const;

export type ReminderFacts = {
  kind: ReminderKind;
  to: { email: string; name: string | null; locale: string | null; timeZone: string };
  team: string;
  deck: string;
  dueAt: Date;
  url: string;
};

export function reminderEmail({ kind, to, team, deck, dueAt, url }: ReminderFacts): Email {
  const locale: Locale = isLocale(to.locale) ? to.locale : DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "followUp.email" });
  const date = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: to.timeZone,
  }).format(dueAt);
  const facts = { team, deck, date };
  const text = [
    t("greeting", { name: to.name ?? to.email }),
    "",
    t(kind, facts),
    t("open", { url }),
    "",
    "--",
    t("footer", { team }),
  ].join("\n");
  return { to: to.email, subject: t(`${kind}Subject`, facts), text };
}
