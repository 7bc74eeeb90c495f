// A reminder email in the member's language, from the message catalogues the interface uses.
import type { ReminderKind } from "@/lib/reminders/reminder-keys";
import { followUpTranslator, userLocale } from "@/server/i18n/translator";
import type { Email } from "./mailer";

export type ReminderFacts = {
  kind: ReminderKind;
  to: { email: string; name: string | null; locale: string | null; timeZone: string };
  team: string;
  deck: string;
  dueAt: Date;
  url: string;
};

export function reminderEmail({ kind, to, team, deck, dueAt, url }: ReminderFacts): Email {
  const locale = userLocale(to.locale);
  const t = followUpTranslator(locale);
  const date = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: to.timeZone,
  }).format(dueAt);
  const facts = { team, deck, date };
  const text = [
    t("email.greeting", { name: to.name ?? to.email }),
    "",
    t(`email.${kind}`, facts),
    t("email.open", { url }),
    "",
    "--",
    t("email.footer", { team }),
  ].join("\n");
  return { to: to.email, subject: t(`email.${kind}Subject`, facts), text };
}
