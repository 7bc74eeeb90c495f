// npm run reminders:send — one run of the reminder job, e.g. from cron when the app servers'
// periodic job is turned off (REMINDERS_EVERY_MINUTES=0). Safe beside running servers: each
// reminder is claimed once in the database.
import { smtpConfig } from "../lib/reminders/smtp-config";
import { createDatabase } from "../server/db/connection";
import { runReminders } from "../server/reminders/job";
import { createMailer } from "../server/reminders/mailer";

const db = createDatabase();
try {
  const outcome = await runReminders(db, createMailer(smtpConfig(process.env)), process.env, new Date());
  if (outcome === "no-smtp") console.log("SMTP is not configured (SMTP_URL or SMTP_HOST): no reminders sent.");
  else console.log(`Reminders sent: ${outcome.sent}, failed: ${outcome.failed}.`);
  if (outcome !== "no-smtp" && outcome.failed > 0) process.exitCode = 1;
} finally {
  await db.$disconnect();
}
