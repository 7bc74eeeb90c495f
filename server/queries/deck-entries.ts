// A deck's live entries with their live cards and questions, as the deck page and a team deck's
// preview show them, a page at a time. Flat queries joined on the deck, not Prisma's nested select:
// that one sends every entry id as a bound parameter, and a deck of 20 000 entries is over the databases' limit.
import type { Database } from "@/server/db/connection";
import { optionsOf } from "@/server/db/columns";
import { entryAnchor } from "@/lib/content/entry-links";
import { pageWindow, type PageWindow } from "@/lib/decks/pagination";

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

/**
 * The deck's live entries in order, with their live cards and questions; with `page`, only that
 * page's entries.
 */
export async function liveEntries(db: Database, deckId: string, page?: PageWindow): Promise<DeckEntry[]> {
  const entries = await db.entry.findMany({
    where: { deckId, archivedAt: null },
    orderBy: { position: "asc" },
    select: { id: true, kind: true, topic: true, question: true, answer: true, line: true },
    ...(page ? { skip: page.skip, take: page.take } : {}),
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

export type EntrySummary = Omit<DeckEntry, "cards" | "questions" | "line"> & {
  cardCount: number;
  questionCount: number;
};

export type EntryPage = { page: PageWindow; counts: DeckCounts; entries: EntrySummary[] };

/**
 * The requested page of a deck's live entries without their cards and questions (only how many),
 * for the deck page: what it sends grows with the page, not with the deck.
 */
export async function entryPage(db: Database, deckId: string, requested: string | undefined): Promise<EntryPage> {
  const counts = await deckCounts(db, deckId);
  const page = pageWindow(counts.entries, requested);
  const entries = await db.entry.findMany({
    where: { deckId, archivedAt: null },
    orderBy: { position: "asc" },
    skip: page.skip,
    take: page.take,
    select: { id: true, kind: true, topic: true, question: true, answer: true },
  });
  // Counted for this page's entries only (Prisma's `_count` here summed every card of the deck first).
  const ids = entries.map((e) => e.id);
  const live = { entryId: { in: ids }, archivedAt: null };
  const [cards, questions] = await Promise.all([
    db.card.groupBy({ by: ["entryId"], where: live, _count: { _all: true } }),
    db.question.groupBy({ by: ["entryId"], where: live, _count: { _all: true } }),
  ]);
  const count = (rows: { entryId: string; _count: { _all: number } }[]) =>
    new Map(rows.map((r) => [r.entryId, r._count._all]));
  const [cardCounts, questionCounts] = [count(cards), count(questions)];
  return {
    page,
    counts,
    entries: entries.map((entry) => ({
      ...entry,
      cardCount: cardCounts.get(entry.id) ?? 0,
      questionCount: questionCounts.get(entry.id) ?? 0,
    })),
  };
}

export type EntryContents = Pick<DeckEntry, "cards" | "questions"> & { index: number };

/** A live entry's live cards and questions, and its place in the deck (0-based); null when it is not the deck's. */
export async function entryContents(db: Database, deckId: string, entryId: string): Promise<EntryContents | null> {
  const entry = await db.entry.findFirst({
    where: { id: entryId, deckId, archivedAt: null },
    select: { position: true },
  });
  if (!entry) return null;
  const [cards, questions, index] = await Promise.all([
    db.card.findMany({
      where: { entryId, archivedAt: null },
      orderBy: { position: "asc" },
      select: { id: true, kind: true, front: true, back: true },
    }),
    db.question.findMany({
      where: { entryId, archivedAt: null },
      orderBy: { position: "asc" },
      select: { id: true, stem: true, options: true, answerIndex: true, explanation: true },
    }),
    db.entry.count({ where: { deckId, archivedAt: null, position: { lt: entry.position } } }),
  ]);
  return { cards, questions: questions.map((q) => ({ ...q, options: optionsOf(q.options) })), index };
}

/** Where in the deck (0-based, deck order) the live entry with this page anchor is; null when none has it. */
export async function entryIndexByAnchor(db: Database, deckId: string, anchor: string): Promise<number | null> {
  const ids = await db.entry.findMany({
    where: { deckId, archivedAt: null },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  const index = ids.findIndex(({ id }) => entryAnchor(id) === anchor);
  return index >= 0 ? index : null;
}
