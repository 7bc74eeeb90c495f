import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { smtpConfig } from "@/lib/reminders/smtp-config";
import { importSeedDeck } from "@/server/test/seed-deck";
import { startSmtpServer } from "@/server/test/smtp-server";
import { useTempDatabase, useTestTeam } from "@/server/test/fixtures";
import { createAssignment } from "@/server/teams/assignments";
import { runReminders } from "./job";
import { createMailer, type Mailer } from "./mailer";
import { nudgeMembers, sendDueReminders } from "./reminders";

const now = new Date("2026-11-25T09:00:00Z");
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);
const appUrl = "https://faq.example.test";

describe("reminders", () => {
  const temp = useTempDatabase();
  const team = useTestTeam(temp, now);
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let mailer: Mailer;
  let deckId: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    mailer = createMailer(smtpConfig({ SMTP_URL: smtp.url, SMTP_FROM: "FAQ Study <faq@example.test>" }))!;
    deckId = await importSeedDeck(temp.db, now);
    await temp.db.user.update({ where: { id: team.member }, data: { locale: "zh-CN" } });
    await temp.db.user.update({ where: { id: team.admin }, data: { locale: "en" } });
  });
  afterAll(() => smtp.close());
  beforeEach(() => {
    smtp.received.length = 0;
  });

  async function assign(clientRequestId: string, dueAt: Date, members: string[]) {
    const created = await createAssignment(
      temp.db,
      team.owner,
      team.id,
      {
        deckId,
        topic: null,
        dueAt,
        requireStudy: false,
        minRecall: 0.85,
        requireQuiz: true,
        passPercent: 80,
        members,
        clientRequestId,
      },
      now,
    );
    if (!created.ok) throw new Error("not created");
    return created.assignmentId;
  }

  it("lets a lead nudge the members not done, each once a day, in their language", async () => {
    const assignmentId = await assign("nudge", inDays(7), [team.member, team.admin, team.owner]);
    await temp.db.assignmentCompletion.create({ data: { assignmentId, userId: team.owner, completedAt: now } });

    const first = await nudgeMembers(temp.db, mailer, team.owner, assignmentId, appUrl, now);
    expect(first).toEqual({ ok: true, reminded: 2, skipped: [], failed: 0 });
    expect(smtp.received.map((m) => m.to).sort()).toEqual(["admin@example.test", "member@example.test"]);
    const toMember = smtp.received.find((m) => m.to === "member@example.test")!;
    expect(toMember.subject).toContain("来自 Platform 的提醒");
    expect(toMember.text).toContain(`${appUrl}/decks/ebpf`);
    expect(smtp.received.find((m) => m.to === "admin@example.test")!.subject).toMatch(/^Reminder from Platform/);

    // A double click, or another lead the same day: nobody gets a second email.
    const [again, concurrent] = await Promise.all([
      nudgeMembers(temp.db, mailer, team.admin, assignmentId, appUrl, inDays(0.25)),
      nudgeMembers(temp.db, mailer, team.owner, assignmentId, appUrl, inDays(0.25)),
    ]);
    expect(again).toEqual({ ok: true, reminded: 0, skipped: ["admin", "member"], failed: 0 });
    expect(concurrent).toEqual(again);
    expect(smtp.received).toHaveLength(2);

    expect(await nudgeMembers(temp.db, mailer, team.owner, assignmentId, appUrl, inDays(1))).toMatchObject({
      reminded: 2,
    });
    expect(smtp.received).toHaveLength(4);
  });

  it("refuses members, outsiders and a server without SMTP, sending nothing", async () => {
    const assignmentId = await assign("refused", inDays(7), [team.member]);
    expect(await nudgeMembers(temp.db, mailer, team.member, assignmentId, appUrl, now)).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await nudgeMembers(temp.db, mailer, team.outsider, assignmentId, appUrl, now)).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(await nudgeMembers(temp.db, null, team.owner, assignmentId, appUrl, now)).toEqual({
      ok: false,
      reason: "no-smtp",
    });
    expect(createMailer(smtpConfig({}))).toBeNull();
    expect(await runReminders(temp.db, createMailer(smtpConfig({})), {}, inDays(6.5))).toBe("no-smtp");
    expect(await temp.db.reminderSent.count({ where: { assignmentId } })).toBe(0);
    expect(smtp.received).toEqual([]);
  });

  it("sends one reminder before the due date and one when overdue, even from two servers at once", async () => {
    await temp.db.assignment.deleteMany();
    await assign("due", inDays(3), [team.member]);
    const options = { daysBefore: 2, appUrl };
    expect(await sendDueReminders(temp.db, mailer, options, now)).toEqual({ sent: 0, failed: 0 }); // 3 days left

    const twoServers = await Promise.all([
      sendDueReminders(temp.db, mailer, options, inDays(1.5)),
      sendDueReminders(temp.db, mailer, options, inDays(1.5)),
    ]);
    expect(twoServers.map((r) => r.sent).sort()).toEqual([0, 1]);
    await sendDueReminders(temp.db, mailer, options, inDays(2.5));
    expect(smtp.received).toEqual([expect.objectContaining({ to: "member@example.test" })]);
    expect(smtp.received[0]!.subject).toContain("提醒");

    await sendDueReminders(temp.db, mailer, options, inDays(3.5));
    await sendDueReminders(temp.db, mailer, options, inDays(4));
    expect(smtp.received).toHaveLength(2);
    expect(smtp.received[1]!.subject).toContain("已逾期");
  });

  it("gives the claim back when the SMTP server cannot be reached, so a later run sends it", async () => {
    await temp.db.assignment.deleteMany();
    await assign("unreachable", inDays(1), [team.admin]);
    const closed = await startSmtpServer();
    await closed.close();
    const broken = createMailer(smtpConfig({ SMTP_URL: closed.url }))!;
    expect(await sendDueReminders(temp.db, broken, { daysBefore: 2, appUrl }, now)).toEqual({ sent: 0, failed: 1 });
    expect(await sendDueReminders(temp.db, mailer, { daysBefore: 2, appUrl }, now)).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received.map((m) => m.subject)).toEqual([expect.stringMatching(/^Reminder: /)]);
  });
});
