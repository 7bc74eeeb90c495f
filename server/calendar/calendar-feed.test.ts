import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { importSeedDeck } from "@/server/test/seed-deck";
import { seedTeam, useTempDatabase, useTestTeam } from "@/server/test/fixtures";
import { createAssignment } from "@/server/teams/assignments";
import { calendarFeed, calendarFeedToken, createCalendarFeed, resetCalendarFeed } from "./calendar-feed";

const now = new Date("2026-11-25T09:00:00Z");
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);
const baseUrl = "https://faq.example.test";
const longTeamName = "Kernel, networking; and the eBPF platform team — 内核网络与 eBPF 平台组（值班轮换）";

describe("calendar feed", () => {
  const temp = useTempDatabase();
  const team = useTestTeam(temp, now);

  it("lists the member's due dates as valid iCalendar with stable UIDs", async () => {
    const deckId = await importSeedDeck(temp.db, now);
    const otherTeam = await seedTeam(temp.db, longTeamName, [[team.member, "owner"]], now);
    const rule = { deckId, topic: null, requireStudy: false, minRecall: 0.85, requireQuiz: true, passPercent: 80 };
    const mine = await createAssignment(
      temp.db,
      team.owner,
      team.id,
      { ...rule, dueAt: inDays(7), members: [team.member], clientRequestId: "mine" },
      now,
    );
    await createAssignment(
      temp.db,
      team.owner,
      team.id,
      { ...rule, dueAt: inDays(8), members: [team.admin], clientRequestId: "not-mine" },
      now,
    );
    const long = await createAssignment(
      temp.db,
      team.member,
      otherTeam,
      // Its owner picks themself: the whole team alone would be its learners only.
      { ...rule, dueAt: inDays(9), members: "all", alsoAssign: [team.member], clientRequestId: "long" },
      now,
    );
    if (!mine.ok || !long.ok) throw new Error("not created");
    await temp.db.user.update({ where: { id: team.member }, data: { locale: "en" } });

    const { token } = await createCalendarFeed(temp.db, team.member, now);
    expect(await createCalendarFeed(temp.db, team.member, now)).toEqual({ ok: true, token }); // double submit
    const text = (await calendarFeed(temp.db, token, baseUrl, now))!;

    // RFC 5545: CRLF line ends, lines folded at 75 octets.
    expect(text.split("\r\n").every((line) => !line.includes("\n") && Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const events = Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");
    expect(events.map((e) => e.uid)).toEqual([
      `assignment-${mine.assignmentId}@faq-study`,
      `assignment-${long.assignmentId}@faq-study`,
    ]);
    const [first, second] = events as [VEvent, VEvent];
    expect(first.start.toISOString()).toBe(inDays(7).toISOString());
    expect(first.dtstamp?.toISOString()).toBe(now.toISOString());
    expect(first.summary).toBe("eBPF 与 XDP 常见问题 due (Platform)");
    expect(first.url).toMatchObject({ val: `${baseUrl}/decks/ebpf` });
    expect(second.summary).toBe(`eBPF 与 XDP 常见问题 due (${longTeamName})`); // escaped and folded, read back whole

    // The same feed later keeps each event's UID.
    const later = (await calendarFeed(temp.db, token, baseUrl, inDays(1)))!;
    expect(later).toContain(`UID:assignment-${mine.assignmentId}@faq-study`);
  });

  it("stops answering the old URL after a reset, once however often it is submitted", async () => {
    const old = (await calendarFeedToken(temp.db, team.member))!;
    const reset = await resetCalendarFeed(temp.db, team.member, old, now);
    if (!reset.ok) throw new Error("not reset");
    expect(reset.token).not.toBe(old);
    expect(await resetCalendarFeed(temp.db, team.member, old, now)).toEqual(reset); // double submit: one reset
    expect(await calendarFeed(temp.db, old, baseUrl, now)).toBeNull();
    expect(await calendarFeed(temp.db, reset.token, baseUrl, now)).toContain("BEGIN:VEVENT");
    expect(await calendarFeed(temp.db, "not-a-token", baseUrl, now)).toBeNull();
    expect(await resetCalendarFeed(temp.db, team.outsider, old, now)).toEqual({ ok: false, reason: "not-found" });
  });
});
