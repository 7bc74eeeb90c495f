// What the assignment form offers: the decks a team may assign with their topics and card counts,
// and the people it may assign with their daily limit of new cards (for the feasibility warning).
import type { LearnerLimit } from "@/lib/teams/feasibility";
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
export type AssignablePerson = LearnerLimit & { role: TeamRole };
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
  const settings = await learnersSettings(
    db,
    members.map((m) => m.userId),
  );
  return {
    decks: decks.map((deck) => ({ slug: deck.slug, title: deck.title, ...cardsByTopic(entriesOf.get(deck.id) ?? []) })),
    people: members.map((m) => ({
      userId: m.userId,
      label: m.user.name ?? m.user.email,
      role: m.role as TeamRole,
      newPerDay: settings.get(m.userId)!.newPerDay,
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
