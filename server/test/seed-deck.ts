import { readFileSync } from "node:fs";
import { compileDeck } from "@/lib/content/compile-deck";
import { importDecks } from "@/server/content/import-decks";
import type { Database } from "@/server/db/connection";

/** Imports the bundled eBPF deck (18 entries, 57 cards, 22 questions) and returns its id. */
export async function importSeedDeck(db: Database, now: Date): Promise<string> {
  const seed = compileDeck({
    slug: "ebpf",
    manifest: { path: "content/ebpf/deck.yaml", bytes: readFileSync("content/ebpf/deck.yaml") },
    faqs: [{ path: "content/ebpf/ebpf-faq.md", bytes: readFileSync("content/ebpf/ebpf-faq.md") }],
  });
  await importDecks(db, [seed], now);
  return (await db.deck.findUniqueOrThrow({ where: { slug: "ebpf" }, select: { id: true } })).id;
}
