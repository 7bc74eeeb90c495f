import type { CompiledDeck } from "@/lib/content/compile-deck";
import type { Database } from "@/server/db/connection";

export type ImportOutcome = { slug: string; status: "created" | "updated" | "unchanged"; entries: number; archived: number };

/**
 * Writes compiled decks, one transaction per deck. Entries that vanished from a file are archived,
 * never deleted, so learner history survives; decks whose folder vanished are archived too.
 */
export async function importDecks(db: Database, decks: CompiledDeck[], now = new Date()): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const deck of decks) outcomes.push(await importDeck(db, deck, now));
  await db.deck.updateMany({ where: { slug: { notIn: decks.map((d) => d.slug) }, archivedAt: null }, data: { archivedAt: now } });
  return outcomes;
}

async function importDeck(db: Database, deck: CompiledDeck, now: Date): Promise<ImportOutcome> {
  const existing = await db.deck.findUnique({ where: { slug: deck.slug }, select: { id: true, contentHash: true, archivedAt: true } });
  if (existing && existing.contentHash === deck.contentHash && !existing.archivedAt) {
    return { slug: deck.slug, status: "unchanged", entries: deck.entries.length, archived: 0 };
  }
  const fields = {
    title: deck.manifest.title,
    language: deck.manifest.language,
    description: deck.manifest.description,
    sourcePath: deck.entries[0]?.file ?? "",
    contentHash: deck.contentHash,
    archivedAt: null,
  };
  return db.$transaction(async (tx) => {
    const { id: deckId } = await tx.deck.upsert({ where: { slug: deck.slug }, create: { slug: deck.slug, ...fields }, update: fields, select: { id: true } });
    for (const entry of deck.entries) {
      const data = { kind: entry.kind, topic: entry.topic, question: entry.question, answer: entry.answer, line: entry.line, position: entry.position, archivedAt: null };
      await tx.entry.upsert({ where: { id: entry.id }, create: { id: entry.id, deckId, ...data }, update: { deckId, ...data } });
    }
    const { count: archived } = await tx.entry.updateMany({
      where: { deckId, archivedAt: null, id: { notIn: deck.entries.map((e) => e.id) } },
      data: { archivedAt: now },
    });
    return { slug: deck.slug, status: existing ? "updated" : "created", entries: deck.entries.length, archived } as const;
  });
}
