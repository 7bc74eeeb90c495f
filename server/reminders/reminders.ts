// Reminder emails: before a due date and once overdue (sent by the periodic job), and a lead's nudge.
// Each reminder is claimed in the database under a unique key before it is sent, so that several
// app servers (or a double click) send it once; a failed send gives the claim back for a later try.
import {
  dueReminderKind,
  OVERDUE_REMINDER_WINDOW_DAYS,
  reminderKey,
  type ReminderKind,
} from "@/lib/reminders/reminder-keys";
import { scopeTitle } from "@/lib/decks/scope";
import type { Database } from "@/server/db/connection";
import { isUniqueViolation } from "@/server/db/transaction";
import { authorizeTeam } from "@/server/access/access";
import { learnersSettings } from "@/server/study/study-service";
import { assignedMembers, assignmentSelect, type AssignmentRow, type MemberResult } from "@/server/teams/assignments";
import { reminderEmail } from "./email-text";
import type { Mailer } from "./mailer";

const DAY_MS = 86_400_000;

type Delivery = "sent" | "skipped" | "failed";

/** Sends the due-date reminders that are due at `now` and not sent yet: "before" and "overdue", to members not done. */
export async function sendDueReminders(
  db: Database,
  mailer: Mailer,
  options: { daysBefore: number; appUrl: string },
  now: Date,
): Promise<{ sent: number; failed: number }> {
  const assignments = await db.assignment.findMany({
    where: {
      dueAt: {
        gte: new Date(now.getTime() - OVERDUE_REMINDER_WINDOW_DAYS * DAY_MS),
        lte: new Date(now.getTime() + options.daysBefore * DAY_MS),
      },
    },
    select: assignmentSelect,
  });
  const totals = { sent: 0, failed: 0, skipped: 0 };
  for (const assignment of assignments) {
    const kind = dueReminderKind(assignment.dueAt, now, options.daysBefore);
    if (!kind) continue;
    const notDone = (await assignedMembers(db, assignment, now)).filter((m) => m.status !== "done");
    for (const outcome of await remind(db, mailer, kind, assignment, notDone, options.appUrl, now))
      totals[outcome.delivery] += 1;
  }
  return { sent: totals.sent, failed: totals.failed };
}

export type NudgeOutcome =
  | { ok: true; reminded: number; skipped: string[]; failed: number }
  | { ok: false; reason: "not-found" | "forbidden" | "no-smtp" };

/** A lead reminds the members not done with an assignment: each at most once a day, however often they click. */
export async function nudgeMembers(
  db: Database,
  mailer: Mailer | null,
  actorId: string,
  assignmentId: string,
  appUrl: string,
  now: Date,
): Promise<NudgeOutcome> {
  const assignment = await db.assignment.findUnique({ where: { id: assignmentId }, select: assignmentSelect });
  if (!assignment) return { ok: false, reason: "not-found" };
  const access = await authorizeTeam(db, actorId, assignment.teamId, "assignments.manage");
  if (!access.ok) return access;
  if (!mailer) return { ok: false, reason: "no-smtp" };
  const notDone = (await assignedMembers(db, assignment, now)).filter((m) => m.status !== "done");
  const outcomes = await remind(db, mailer, "nudge", assignment, notDone, appUrl, now);
  return {
    ok: true,
    reminded: outcomes.filter((o) => o.delivery === "sent").length,
    skipped: outcomes
      .filter((o) => o.delivery === "skipped")
      .map((o) => o.member.name ?? o.member.email)
      .sort((a, b) => a.localeCompare(b)),
    failed: outcomes.filter((o) => o.delivery === "failed").length,
  };
}

async function remind(
  db: Database,
  mailer: Mailer,
  kind: ReminderKind,
  assignment: AssignmentRow,
  members: MemberResult[],
  appUrl: string,
  now: Date,
): Promise<{ member: MemberResult; delivery: Delivery }[]> {
  const userIds = members.map((m) => m.userId);
  const [users, settings] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, locale: true } }),
    learnersSettings(db, userIds),
  ]);
  const localeOf = new Map(users.map((u) => [u.id, u.locale]));
  const outcomes: { member: MemberResult; delivery: Delivery }[] = [];
  for (const member of members) {
    const email = reminderEmail({
      kind,
      to: {
        email: member.email,
        name: member.name,
        locale: localeOf.get(member.userId) ?? null,
        timeZone: settings.get(member.userId)!.timeZone,
      },
      team: assignment.team.name,
      deck: scopeTitle(assignment.deck.title, assignment.topic),
      dueAt: assignment.dueAt,
      url: `${appUrl}/decks/${assignment.deck.slug}`,
    });
    const key = reminderKey(kind, assignment.id, member.userId, now);
    outcomes.push({ member, delivery: await deliver(db, mailer, key, { kind, assignment, member, now }, email) });
  }
  return outcomes;
}

async function deliver(
  db: Database,
  mailer: Mailer,
  key: string,
  { kind, assignment, member, now }: { kind: ReminderKind; assignment: AssignmentRow; member: MemberResult; now: Date },
  email: Parameters<Mailer["send"]>[0],
): Promise<Delivery> {
  try {
    await db.reminderSent.create({
      data: { key, kind, assignmentId: assignment.id, userId: member.userId, sentAt: now },
    });
  } catch (error) {
    if (isUniqueViolation(error)) return "skipped";
    throw error;
  }
  try {
    await mailer.send(email);
    return "sent";
  } catch (error) {
    console.error(`Reminder ${key} not sent:`, error);
    await db.reminderSent.delete({ where: { key } });
    return "failed";
  }
}
