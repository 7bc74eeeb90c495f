// Runs once when an app server starts: the reminder job (it does nothing without SMTP settings).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ startReminderJob }, { db }] = await Promise.all([
    import("@/server/reminders/job"),
    import("@/server/db/client"),
  ]);
  startReminderJob(db);
}
