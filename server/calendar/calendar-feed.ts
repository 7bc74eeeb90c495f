// Each member's private calendar feed: a URL with a random token, created on request and reset
// (revoked) on request. Whoever holds the URL sees the member's due dates, nothing else.
import { randomBytes } from "node:crypto";
import { assignmentCalendar } from "@/lib/calendar/assignment-calendar";
import { scopeTitle } from "@/lib/decks/scope";
import type { Database } from "@/server/db/connection";
import { createOrFind } from "@/server/db/transaction";
import { followUpTranslator, userLocale } from "@/server/i18n/translator";
import { assignedTo } from "@/server/teams/assignments";

/** 256 random bits, URL-safe: 43 characters. */
const newToken = () => randomBytes(32).toString("base64url");
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export async function calendarFeedToken(db: Database, userId: string): Promise<string | null> {
  return (await db.calendarFeed.findUnique({ where: { userId }, select: { token: true } }))?.token ?? null;
}

/** The member's feed token, made the first time (a double submit gets the same one). */
export async function createCalendarFeed(
  db: Database,
  userId: string,
  now: Date,
): Promise<{ ok: true; token: string }> {
  const feed = await createOrFind(
    () =>
      db.calendarFeed.upsert({ where: { userId }, update: {}, create: { userId, token: newToken(), createdAt: now } }),
    () => db.calendarFeed.findUniqueOrThrow({ where: { userId } }),
  );
  return { ok: true, token: feed.token };
}

/**
 * Replaces the token the member saw with a new one: the old URL stops working. Only that token is
 * replaced, so a double submit resets once and both get the new token back.
 */
export async function resetCalendarFeed(
  db: Database,
  userId: string,
  seenToken: string,
  now: Date,
): Promise<{ ok: true; token: string } | { ok: false; reason: "not-found" }> {
  await db.calendarFeed.updateMany({
    where: { userId, token: seenToken },
    data: { token: newToken(), createdAt: now },
  });
  const token = await calendarFeedToken(db, userId);
  return token ? { ok: true, token } : { ok: false, reason: "not-found" };
}

/** The feed behind a token, as iCalendar text, or null for an unknown (or reset) token. */
export async function calendarFeed(db: Database, token: string, baseUrl: string, now: Date): Promise<string | null> {
  if (!FEED_TOKEN.test(token)) return null;
  const feed = await db.calendarFeed.findUnique({
    where: { token },
    select: { userId: true, user: { select: { locale: true } } },
  });
  if (!feed) return null;
  const { userId } = feed;
  const assignments = await db.assignment.findMany({
    where: assignedTo(userId),
    orderBy: { dueAt: "asc" },
    take: 500,
    select: {
      id: true,
      topic: true,
      dueAt: true,
      deck: { select: { slug: true, title: true } },
      team: { select: { name: true } },
    },
  });
  const t = followUpTranslator(userLocale(feed.user.locale));
  return assignmentCalendar({
    name: t("ics.calendarName"),
    now,
    events: assignments.map((a) => {
      const facts = {
        deck: scopeTitle(a.deck.title, a.topic),
        team: a.team.name,
        url: `${baseUrl}/decks/${a.deck.slug}`,
      };
      return {
        assignmentId: a.id,
        summary: t("ics.summary", facts),
        description: t("ics.description", facts),
        dueAt: a.dueAt,
        url: facts.url,
      };
    }),
  });
}
