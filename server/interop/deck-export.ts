// A deck's cards for a download, read for a user who may see the deck (as its page shows it).
import type { ExportedCard } from "@/lib/interop/csv/write-csv";
import { topicTag } from "@/lib/interop/topic-tag";
import { visibleDecksWhere } from "@/server/access/access";
import type { Database } from "@/server/db/connection";
import { yieldToEventLoop } from "@/server/db/yield";

/** `id`: the card's stable id, for formats that identify notes across exports (Anki's guid). */
export type ExportableDeck = {
  slug: string;
  title: string;
  cards: (ExportedCard & { id: string; kind: "basic" | "cloze" })[];
};

const ENTRIES_PER_QUERY = 500;

/** The live cards of a deck the user (or a visitor, `null`) may see, in deck order; entry topics become tags. */
export async function deckForExport(
  db: Database,
  userId: string | null,
  slug: string,
): Promise<{ ok: true; deck: ExportableDeck } | { ok: false; reason: "not-found" }> {
  const deck = await db.deck.findFirst({
    where: { slug, ...visibleDecksWhere(userId) },
    select: { id: true, slug: true, title: true },
  });
  if (!deck) return { ok: false, reason: "not-found" };
  const entries = await db.entry.findMany({
    where: { deckId: deck.id, archivedAt: null },
    orderBy: { position: "asc" },
    select: { id: true, topic: true },
  });
  const cards: ExportableDeck["cards"] = [];
  for (let i = 0; i < entries.length; i += ENTRIES_PER_QUERY) {
    const chunk = entries.slice(i, i + ENTRIES_PER_QUERY);
    const found = await db.card.findMany({
      where: { entryId: { in: chunk.map((e) => e.id) }, archivedAt: null },
      orderBy: { position: "asc" },
      select: { id: true, entryId: true, kind: true, front: true, back: true },
    });
    for (const entry of chunk)
      for (const card of found.filter((c) => c.entryId === entry.id))
        cards.push({
          id: card.id,
          // Every other kind is a question and its answer; a cloze keeps its blank.
          kind: card.kind === "cloze" ? "cloze" : "basic",
          front: card.front,
          back: card.back,
          tags: topicTag(entry.topic),
        });
    // A large deck is read in several queries; other requests go on between them.
    await yieldToEventLoop();
  }
  return { ok: true, deck: { slug: deck.slug, title: deck.title, cards } };
}
