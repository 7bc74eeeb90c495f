// What the assignment form offers: the decks a team may assign with their topics and card counts,
// and the people it may assign with their daily limit of new cards (for the feasibility warning).
import { Prisma } from "@/generated/sqlite/client";
import type { TeamRole } from "@/lib/teams/permissions";
import { authorizeTeam, teamDecksWhere } from "@/server/access/access";
import type { Database } from "@/server/db/connection";
import { learnersSettings } from "@/server/study/study-service";

export type AssignableDeck = {
  slug: string;
  title: string;
  cards: number;
  /** In deck order; entries without a topic count only towards the whole deck. */
  topics: { topic: string; cards: number }[];
};
/** Cards studied so far, per deck slug: all of it and per topic. */
export type StudiedCards = Record<string, { cards: number; topics: Record<string, number> }>;
export type AssignablePerson = {
  userId: string;
  label: string;
  role: TeamRole;
  newPerDay: number;
  studied: StudiedCards;
};
export type AssignmentOptions = { decks: AssignableDeck[]; people: AssignablePerson[] };

/** Null unless the actor may make assignments in the team. */
export async function assignmentOptions(
  db: Database,
  actorId: string,
  teamId: string,
): Promise<AssignmentOptions | null> {
  const access = await authorizeTeam(db, actorId, teamId, "assignments.manage");
  if (!access.ok) return null;
  const [decks, entries, members] = await Promise.all([
    db.deck.findMany({
      where: teamDecksWhere(teamId),
      orderBy: { title: "asc" },
      select: { id: true, slug: true, title: true },
    }),
    db.entry.findMany({
      where: { archivedAt: null, deck: teamDecksWhere(teamId) },
      orderBy: { position: "asc" },
      select: { deckId: true, topic: true, _count: { select: { cards: { where: { archivedAt: null } } } } },
    }),
    db.teamMember.findMany({
      where: { teamId },
      orderBy: { joinedAt: "asc" },
      select: { userId: true, role: true, user: { select: { name: true, email: true } } },
    }),
  ]);
  const entriesOf = new Map<string, typeof entries>();
  for (const entry of entries) {
    if (!entriesOf.has(entry.deckId)) entriesOf.set(entry.deckId, []);
    entriesOf.get(entry.deckId)!.push(entry);
  }
  const userIds = members.map((m) => m.userId);
  const [settings, studied] = await Promise.all([learnersSettings(db, userIds), studiedCards(db, userIds, decks)]);
  return {
    decks: decks.map((deck) => ({ slug: deck.slug, title: deck.title, ...cardsByTopic(entriesOf.get(deck.id) ?? []) })),
    people: members.map((m) => ({
      userId: m.userId,
      label: m.user.name ?? m.user.email,
      role: m.role as TeamRole,
      newPerDay: settings.get(m.userId)!.newPerDay,
      studied: studied.get(m.userId) ?? {},
    })),
  };
}

function cardsByTopic(entries: { topic: string | null; _count: { cards: number } }[]) {
  const topics = new Map<string, number>();
  for (const { topic, _count } of entries) if (topic) topics.set(topic, (topics.get(topic) ?? 0) + _count.cards);
  return {
    cards: entries.reduce((sum, e) => sum + e._count.cards, 0),
    topics: [...topics].map(([topic, cards]) => ({ topic, cards })),
  };
}

/** Each person's live cards studied at least once, per deck and topic, counted in the database. */
async function studiedCards(
  db: Database,
  userIds: string[],
  decks: { id: string; slug: string }[],
): Promise<Map<string, StudiedCards>> {
  if (userIds.length === 0 || decks.length === 0) return new Map();
  const rows = await db.$queryRaw<{ userId: string; deckId: string; topic: string | null; studied: unknown }[]>`
    SELECT uc."userId" AS "userId", uc."deckId" AS "deckId", e."topic" AS "topic", COUNT(*) AS "studied"
    FROM "UserCard" uc JOIN "Card" c ON c."id" = uc."cardId" JOIN "Entry" e ON e."id" = c."entryId"
    WHERE uc."userId" IN (${Prisma.join(userIds)}) AND uc."deckId" IN (${Prisma.join(decks.map((d) => d.id))})
      AND uc."state" <> 'new' AND c."archivedAt" IS NULL AND e."archivedAt" IS NULL
    GROUP BY uc."userId", uc."deckId", e."topic"`;
  const slugOf = new Map(decks.map((d) => [d.id, d.slug]));
  const result = new Map<string, StudiedCards>();
  for (const row of rows) {
    const count = Number(row.studied); // PostgreSQL counts in bigint
    const mine = result.get(row.userId) ?? {};
    const deck = (mine[slugOf.get(row.deckId)!] ??= { cards: 0, topics: {} });
    deck.cards += count;
    if (row.topic !== null) deck.topics[row.topic] = (deck.topics[row.topic] ?? 0) + count;
    result.set(row.userId, mine);
  }
  return result;
}
