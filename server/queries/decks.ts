import "server-only";
import { db } from "@/server/db/client";

export type DeckSummary = { slug: string; title: string; description: string; language: string; entryCount: number };

export async function listDecks(): Promise<DeckSummary[]> {
  const decks = await db.deck.findMany({
    where: { archivedAt: null },
    orderBy: { title: "asc" },
    select: { slug: true, title: true, description: true, language: true, _count: { select: { entries: { where: { archivedAt: null } } } } },
  });
  return decks.map(({ _count, ...deck }) => ({ ...deck, entryCount: _count.entries }));
}
