// A deck's live entries with their live cards and questions, as the deck page and a team deck's
// preview show them, a page at a time. Flat queries joined on the deck, not Prisma's nested select:
// that one sends every entry id as a bound parameter, and a deck of 20 000 entries is over the databases' limit.
import type { Database } from "@/server/db/connection";
import { optionsOf } from "@/server/db/columns";

export type DeckEntry = {
  id: string;
  kind: string;
  topic: string | null;
  question: string;
  answer: string;
  line: number;
  cards: { id: string; kind: string; front: string; back: string }[];
  questions: { id: string; stem: string; options: string[]; answerIndex: number; explanation: string }[];
};

/** Entries shown per page wherever a deck's entries are listed: rendering thousands at once blocks the server. */
export const ENTRIES_PER_PAGE = 50;

/** The page to show of a list of `entries` (a requested one out of range gives the nearest), and how many there are. */
export function entryPage(requested: number, entries: number): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(entries / ENTRIES_PER_PAGE));
  return { page: Math.min(Math.max(1, Math.floor(requested) || 1), pages), pages };
}

/**
 * The deck's live entries in order, with their live cards and questions; with `page` (from 1), only
 * that page's `ENTRIES_PER_PAGE` entries.
 */
export async function liveEntries(db: Database, deckId: string, page?: number): Promise<DeckEntry[]> {
  const entries = await db.entry.findMany({
    where: { deckId, archivedAt: null },
    orderBy: { position: "asc" },
    select: { id: true, kind: true, topic: true, question: true, answer: true, line: true },
    ...(page ? { skip: (page - 1) * ENTRIES_PER_PAGE, take: ENTRIES_PER_PAGE } : {}),
  });
  // A page's entry ids are few enough to bind; the whole deck's are not.
  const entryScope = page ? { id: { in: entries.map((e) => e.id) } } : {};
  const live = { archivedAt: null, entry: { deckId, archivedAt: null, ...entryScope } };
  const [cards, questions] = await Promise.all([
    db.card.findMany({
      where: live,
      orderBy: { position: "asc" },
      select: { id: true, entryId: true, kind: true, front: true, back: true },
    }),
    db.question.findMany({
      where: live,
      orderBy: { position: "asc" },
      select: { id: true, entryId: true, stem: true, options: true, answerIndex: true, explanation: true },
    }),
  ]);
  const byEntry = new Map<string, DeckEntry>(entries.map((e) => [e.id, { ...e, cards: [], questions: [] }]));
  for (const { entryId, ...card } of cards) byEntry.get(entryId)?.cards.push(card);
  for (const { entryId, options, ...question } of questions)
    byEntry.get(entryId)?.questions.push({ ...question, options: optionsOf(options) });
  return [...byEntry.values()];
}

export type DeckCounts = { entries: number; cards: number; questions: number };

/** How many live entries, cards and questions a deck has. */
export async function deckCounts(db: Database, deckId: string): Promise<DeckCounts> {
  const live = { archivedAt: null, entry: { deckId, archivedAt: null } };
  const [entries, cards, questions] = await Promise.all([
    db.entry.count({ where: { deckId, archivedAt: null } }),
    db.card.count({ where: live }),
    db.question.count({ where: live }),
  ]);
  return { entries, cards, questions };
}
