// A deck's live entries with their live cards and questions, as the deck page and a team deck's
// preview show them. Three flat queries joined on the deck, not Prisma's nested select: that one
// sends every entry id as a bound parameter, and a deck of 20 000 entries is over the databases' limit.
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

export async function liveEntries(db: Database, deckId: string): Promise<DeckEntry[]> {
  const live = { archivedAt: null, entry: { deckId, archivedAt: null } };
  const [entries, cards, questions] = await Promise.all([
    db.entry.findMany({
      where: { deckId, archivedAt: null },
      orderBy: { position: "asc" },
      select: { id: true, kind: true, topic: true, question: true, answer: true, line: true },
    }),
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
