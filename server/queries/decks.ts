import "server-only";
import { cache } from "react";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { visibleDecksWhere } from "@/server/access/access";
import { pageOfIndex } from "@/lib/decks/pagination";
import { entryContents, entryIndexByAnchor, entryPage, type EntryContents, type EntryPage } from "./deck-entries";

// Every deck query here is limited to the decks the signed-in user may see (worked out once per request).
const visible = cache(async () => visibleDecksWhere((await getCurrentUser())?.id ?? null));

export type DeckSummary = {
  id: string;
  slug: string;
  title: string;
  description: string;
  language: string;
  entryCount: number;
  team: string | null;
  teamId: string | null;
  /** The signed-in learner's own deck (imported from a file); never offered to a team. */
  personal: boolean;
};

export async function listDecks(): Promise<DeckSummary[]> {
  const decks = await db.deck.findMany({
    where: await visible(),
    orderBy: { title: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      language: true,
      teamId: true,
      ownerId: true,
      team: { select: { name: true } },
      _count: { select: { entries: { where: { archivedAt: null } } } },
    },
  });
  return decks.map(({ _count, team, ownerId, ...deck }) => ({
    ...deck,
    team: team?.name ?? null,
    personal: ownerId !== null,
    entryCount: _count.entries,
  }));
}

export type DeckPage = {
  id: string;
  slug: string;
  title: string;
  description: string;
  language: string;
  /** The signed-in learner's own deck, which they may delete. */
  personal: boolean;
} & EntryPage;

/** A deck and one page of its entries (cards and questions counted, not loaded), for the deck page; null when there is no such live deck. */
export async function getDeckPage(slug: string, requestedPage: string | undefined): Promise<DeckPage | null> {
  const deck = await db.deck.findFirst({
    where: { slug, ...(await visible()) },
    select: { id: true, slug: true, title: true, description: true, language: true, ownerId: true },
  });
  if (!deck) return null;
  const { ownerId, ...shown } = deck;
  return { ...shown, personal: ownerId !== null, ...(await entryPage(db, deck.id, requestedPage)) };
}

/** The deck page an entry's anchor (#entry-…) is on, when its deck is one the user may see. */
export async function getAnchorPage(slug: string, anchor: string): Promise<number | null> {
  const deck = await findDeck(slug);
  const index = deck && (await entryIndexByAnchor(db, deck.id, anchor));
  return index === null || index === undefined ? null : pageOfIndex(index);
}

/** An entry's cards and questions, when its deck is one the user may see. */
export async function getEntryContents(slug: string, entryId: string): Promise<EntryContents | null> {
  const deck = await findDeck(slug);
  return deck && entryContents(db, deck.id, entryId);
}

/** A live deck the user may see (once per request: the layout, metadata and page ask alike). */
export const findDeck = cache(
  async (
    slug: string,
  ): Promise<{ id: string; slug: string; title: string; language: string; teamId: string | null } | null> =>
    db.deck.findFirst({
      where: { slug, ...(await visible()) },
      select: { id: true, slug: true, title: true, language: true, teamId: true },
    }),
);
