import "server-only";
import { cache } from "react";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { visibleDecksWhere } from "@/server/access/access";
import { deckCounts, entryPage, liveEntries, type DeckCounts, type DeckEntry } from "./deck-entries";

// Every deck query here is limited to the decks the signed-in user may see (worked out once per request).
const visible = cache(async () => visibleDecksWhere(db, (await getCurrentUser())?.id ?? null));

export type DeckSummary = {
  slug: string;
  title: string;
  description: string;
  language: string;
  entryCount: number;
  team: string | null;
  teamId: string | null;
};

export async function listDecks(): Promise<DeckSummary[]> {
  const decks = await db.deck.findMany({
    where: await visible(),
    orderBy: { title: "asc" },
    select: {
      slug: true,
      title: true,
      description: true,
      language: true,
      teamId: true,
      team: { select: { name: true } },
      _count: { select: { entries: { where: { archivedAt: null } } } },
    },
  });
  return decks.map(({ _count, team, ...deck }) => ({ ...deck, team: team?.name ?? null, entryCount: _count.entries }));
}

export type DeckContents = {
  slug: string;
  title: string;
  description: string;
  language: string;
  counts: DeckCounts;
  /** The page shown (from 1; one out of range shows the nearest) and how many there are. */
  page: number;
  pages: number;
  /** This page's entries. */
  entries: DeckEntry[];
};

/** A deck with a page of what was generated from it, for the deck page; null when there is no such live deck. */
export async function getDeckContents(slug: string, page = 1): Promise<DeckContents | null> {
  const deck = await db.deck.findFirst({
    where: { slug, ...(await visible()) },
    select: { id: true, slug: true, title: true, description: true, language: true },
  });
  if (!deck) return null;
  const { id, ...contents } = deck;
  const counts = await deckCounts(db, id);
  const shown = entryPage(page, counts.entries);
  return { ...contents, counts, ...shown, entries: await liveEntries(db, id, shown.page) };
}

export async function findDeck(
  slug: string,
): Promise<{ id: string; slug: string; title: string; language: string; teamId: string | null } | null> {
  return db.deck.findFirst({
    where: { slug, ...(await visible()) },
    select: { id: true, slug: true, title: true, language: true, teamId: true },
  });
}
