import { describe, expect, it } from "vitest";
import { dueReminderKind, reminderKey } from "./reminder-keys";
import { reminderDaysBefore, smtpConfig } from "./smtp-config";

const now = new Date("2026-11-25T09:00:00Z");
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

describe("dueReminderKind", () => {
  it("reminds within the days before the due date, then once overdue, then no more", () => {
    expect(dueReminderKind(hours(49), now, 2)).toBeNull();
    expect(dueReminderKind(hours(48), now, 2)).toBe("before");
    expect(dueReminderKind(hours(1), now, 2)).toBe("before");
    expect(dueReminderKind(hours(0), now, 2)).toBe("overdue");
    expect(dueReminderKind(hours(-24 * 14), now, 2)).toBe("overdue");
    expect(dueReminderKind(hours(-24 * 14 - 1), now, 2)).toBeNull();
    expect(dueReminderKind(hours(1), now, 0)).toBeNull();
  });
});

describe("reminderKey", () => {
  it("keys due reminders once per member and assignment, nudges once a day", () => {
    expect(reminderKey("before", "a", "u", now)).toBe(reminderKey("before", "a", "u", hours(30)));
    expect(reminderKey("nudge", "a", "u", now)).toBe(reminderKey("nudge", "a", "u", hours(5)));
    expect(reminderKey("nudge", "a", "u", now)).not.toBe(reminderKey("nudge", "a", "u", hours(24)));
    expect(reminderKey("nudge", "a", "u", now)).not.toBe(reminderKey("nudge", "a", "v", now));
  });
});

describe("smtpConfig", () => {
  it("is null without SMTP settings", () => {
    expect(smtpConfig({})).toBeNull();
    expect(smtpConfig({ SMTP_USER: "me" })).toBeNull();
  });

  it("takes a URL, or a host with port and credentials", () => {
    expect(smtpConfig({ SMTP_URL: "smtp://127.0.0.1:2525", SMTP_FROM: "lead@example.test" })).toEqual({
      transport: "smtp://127.0.0.1:2525",
      from: "lead@example.test",
    });
    expect(
      smtpConfig({ SMTP_HOST: "mail.example.test", SMTP_PORT: "465", SMTP_USER: "u", SMTP_PASSWORD: "p" }),
    ).toEqual({
      transport: { host: "mail.example.test", port: 465, secure: true, auth: { user: "u", pass: "p" } },
      from: "FAQ Study <no-reply@localhost>",
    });
    expect(() => smtpConfig({ SMTP_HOST: "mail.example.test", SMTP_PORT: "nope" })).toThrow(/SMTP_PORT/);
  });

  it("reads the days before a due date, 2 by default", () => {
    expect(reminderDaysBefore({})).toBe(2);
    expect(reminderDaysBefore({ REMINDER_DAYS_BEFORE: "5" })).toBe(5);
    expect(reminderDaysBefore({ REMINDER_DAYS_BEFORE: "-1" })).toBe(2);
  });
});
