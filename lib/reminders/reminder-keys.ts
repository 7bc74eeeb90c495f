// Which reminder an assignment's due date calls for, and the unique key each sent reminder is kept under.

export type ReminderKind = "before" | "overdue" | "nudge";

/** Overdue assignments older than this get no first reminder any more (a new server would otherwise mail about old ones). */
export const OVERDUE_REMINDER_WINDOW_DAYS = 14;

const DAY_MS = 86_400_000;

/** "before" within `daysBefore` days of the due date, "overdue" in the fortnight after it, else none. */
export function dueReminderKind(dueAt: Date, now: Date, daysBefore: number): "before" | "overdue" | null {
  const left = dueAt.getTime() - now.getTime();
  if (left > 0) return daysBefore > 0 && left <= daysBefore * DAY_MS ? "before" : null;
  return -left <= OVERDUE_REMINDER_WINDOW_DAYS * DAY_MS ? "overdue" : null;
}

/**
 * The reminder's key: one "before" and one "overdue" per member and assignment, ever; one nudge per
 * member and assignment per day (UTC).
 */
export function reminderKey(kind: ReminderKind, assignmentId: string, userId: string, now: Date): string {
  const base = `${kind}:${assignmentId}:${userId}`;
  return kind === "nudge" ? `${base}:${now.toISOString().slice(0, 10)}` : base;
}
