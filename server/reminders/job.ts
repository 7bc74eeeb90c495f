// The reminder job: every few minutes inside each app server (started from instrumentation.ts),
// or once from `npm run reminders:send`. It only does anything when SMTP is configured.
import { reminderDaysBefore } from "@/lib/reminders/smtp-config";
import type { Database } from "@/server/db/connection";
import { appUrl } from "@/server/app-url";
import { configuredMailer, type Mailer } from "./mailer";
import { sendDueReminders } from "./reminders";

/** One run: the due-date reminders not sent yet, or nothing at all without a mailer. */
export async function runReminders(
  db: Database,
  mailer: Mailer | null,
  env: Record<string, string | undefined>,
  now: Date,
): Promise<{ sent: number; failed: number } | "no-smtp"> {
  if (!mailer) return "no-smtp";
  return sendDueReminders(db, mailer, { daysBefore: reminderDaysBefore(env), appUrl: appUrl() }, now);
}

/** Minutes between runs (REMINDERS_EVERY_MINUTES, default 15; 0 turns the periodic job off). */
function everyMinutes(): number {
  const minutes = Number(process.env.REMINDERS_EVERY_MINUTES ?? 15);
  return Number.isFinite(minutes) && minutes >= 0 ? minutes : 15;
}

/** Starts the periodic job in this process. The timer never keeps the process alive, and a run never overlaps the last. */
export function startReminderJob(db: Database): void {
  const mailer = configuredMailer();
  const minutes = everyMinutes();
  if (!mailer || minutes === 0) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runReminders(db, mailer, process.env, new Date());
    } catch (error) {
      console.error("Reminder job failed:", error);
    } finally {
      running = false;
    }
  };
  setInterval(tick, minutes * 60_000).unref();
}
