// An imported deck (lib/interop/imported-deck) as the content compiler's output, so that the same
// writers store it as they store FAQ decks. Ids come from each card's `sourceId`: re-importing an
// updated file updates the same entries and cards, and the ones no longer in it are archived.
import { createHash } from "node:crypto";
import type { CompiledDeck, CompiledEntry } from "@/lib/content/compile-deck";
import { isMostlyChinese } from "@/lib/content/markdown-text";
import { contentLanguage } from "@/lib/content/templates";
import type { ImportedDeck } from "./imported-deck";
import { questionsForImport } from "./import-questions";

export const IMPORTED_ENTRY_KIND = "imported";

/** A compiled FAQ deck's shape, with entries of their own kind and no list parsing. */
export type CompiledImport = Pick<
  CompiledDeck,
  "slug" | "manifest" | "cards" | "questions" | "warnings" | "contentHash"
> & {
  entries: (Omit<CompiledEntry, "kind" | "lists"> & { kind: typeof IMPORTED_ENTRY_KIND })[];
};

/** The entry id of an imported card: the deck's slug and a hash of the card's source id. */
export function importedEntryId(slug: string, sourceId: string): string {
  return `${slug}/${createHash("sha256").update(sourceId).digest("hex").slice(0, 16)}`;
}

/** The card id of an imported card (one card per entry). */
export function importedCardId(slug: string, card: { sourceId: string; kind: "basic" | "cloze" }): string {
  return `${importedEntryId(slug, card.sourceId)}:${card.kind}`;
}

/**
 * One entry and one card per imported card (question = front, answer = back), in the file's order,
 * and multiple-choice questions where fair. A repeated source id keeps its first card.
 */
export function compileImportedDeck(imported: ImportedDeck, slug: string, fileName: string): CompiledImport {
  const seen = new Set<string>();
  const cards = imported.cards.filter((c) => !seen.has(c.sourceId) && seen.add(c.sourceId));
  const sample = cards
    .slice(0, 50)
    .map((c) => `${c.front} ${c.back}`)
    .join(" ");
  const language = isMostlyChinese(sample) ? "zh-CN" : "en";
  const entries = cards.map((c, position) => ({
    id: importedEntryId(slug, c.sourceId),
    kind: IMPORTED_ENTRY_KIND,
    topic: c.tags[0] ?? null,
    question: c.front,
    answer: c.back,
    file: fileName,
    line: lineOf(c.origin) ?? position + 1,
    position,
  })) satisfies CompiledImport["entries"];
  const generated = cards.map((c) => ({
    id: importedCardId(slug, c),
    entryId: importedEntryId(slug, c.sourceId),
    kind: c.kind,
    front: c.front,
    back: c.back,
  }));
  const questions = questionsForImport(
    generated.map((c) => ({ entryId: c.entryId, kind: c.kind, front: c.front, back: c.back })),
    contentLanguage(language),
  );
  const manifest = { title: imported.title, language, description: "" };
  const contentHash = createHash("sha256")
    .update(JSON.stringify([slug, manifest, entries, generated, questions]))
    .digest("hex");
  return {
    slug,
    manifest,
    entries,
    cards: generated,
    questions,
    warnings: imported.warnings.map((w) => ({ file: w.file, line: w.line ?? 0, message: w.message })),
    contentHash,
  };
}

/** "line 12" → 12. */
function lineOf(origin: string): number | null {
  const match = /^line (\d+)$/.exec(origin);
  return match ? Number(match[1]) : null;
}
