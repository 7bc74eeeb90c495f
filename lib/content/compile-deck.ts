import { createHash } from "node:crypto";
import { ContentError, type ContentWarning } from "./content-error";
import { parseDeckManifest, type DeckManifest } from "./deck-manifest";
import { decodeUtf8, normalizeQuestion, parseFaq, type EntryKind } from "./parse-faq";

/** Bump when compiler output changes, so that unchanged files are imported again. */
export const COMPILER_VERSION = 1;

export type SourceFile = { path: string; bytes: Uint8Array };

export type DeckSource = { slug: string; manifest: SourceFile; faqs: SourceFile[] };

export type CompiledEntry = {
  id: string;
  kind: EntryKind;
  topic: string | null;
  question: string;
  answer: string;
  file: string;
  line: number;
  position: number;
};

export type CompiledDeck = {
  slug: string;
  manifest: DeckManifest;
  entries: CompiledEntry[];
  warnings: (ContentWarning & { file: string })[];
  contentHash: string;
};

export function compileDeck(source: DeckSource): CompiledDeck {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(source.slug)) {
    throw new ContentError(source.manifest.path, null, `deck folder name "${source.slug}" must be lowercase letters, digits and dashes`);
  }
  if (source.faqs.length === 0) throw new ContentError(source.manifest.path, null, "the deck folder has no .md file");
  const manifest = parseDeckManifest(decodeUtf8(source.manifest.bytes, source.manifest.path), source.manifest.path);
  const entries: CompiledEntry[] = [];
  const warnings: CompiledDeck["warnings"] = [];
  const ids = new Map<string, string>();

  for (const faq of [...source.faqs].sort((a, b) => a.path.localeCompare(b.path))) {
    const parsed = parseFaq(faq.bytes, faq.path);
    warnings.push(...parsed.warnings.map((w) => ({ ...w, file: faq.path })));
    for (const entry of parsed.entries) {
      const id = entryId(source.slug, entry.explicitId, entry.question);
      const clash = ids.get(id);
      if (clash) {
        if (entry.explicitId) throw new ContentError(faq.path, entry.line, `id "${entry.explicitId}" is already used at ${clash}`);
        warnings.push({ file: faq.path, line: entry.line, message: `"${entry.question}" repeats a question at ${clash}; kept the first` });
        continue;
      }
      ids.set(id, `${faq.path}:${entry.line}`);
      entries.push({ id, kind: entry.kind, topic: entry.topic, question: entry.question, answer: entry.answer, file: faq.path, line: entry.line, position: entries.length });
    }
  }
  return { slug: source.slug, manifest, entries, warnings, contentHash: hashSources(source) };
}

export function entryId(deckSlug: string, explicitId: string | null, question: string): string {
  if (explicitId) return `${deckSlug}/${explicitId}`;
  return `${deckSlug}/${createHash("sha256").update(normalizeQuestion(question)).digest("hex").slice(0, 12)}`;
}

function hashSources(source: DeckSource): string {
  const hash = createHash("sha256").update(`v${COMPILER_VERSION}\n${source.slug}\n`);
  for (const file of [source.manifest, ...[...source.faqs].sort((a, b) => a.path.localeCompare(b.path))]) {
    hash.update(`${file.path}\n${file.bytes.length}\n`).update(file.bytes);
  }
  return hash.digest("hex");
}
