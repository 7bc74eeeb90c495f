// Compiles one deck folder: its FAQ files become entries, cards and multiple-choice questions.
// Deterministic: the same sources (and the same previous entries) give the same output and ids.
import { createHash } from "node:crypto";
import { ContentError, type ContentWarning } from "./content-error";
import { parseDeckManifest, type DeckManifest } from "./deck-manifest";
import { reconcileIds, type PreviousEntry } from "./entry-ids";
import { cardsForEntry, type GeneratedCard } from "./generate-cards";
import { questionsForDeck, type GeneratedQuestion, type UnaskedEntry } from "./generate-questions";
import { isMostlyChinese, type AnswerList } from "./markdown-text";
import { applyOverrides, NO_OVERRIDES, parseOverrides } from "./overrides";
import { decodeUtf8, normalizeQuestion, parseFaq, type EntryKind } from "./parse-faq";
import { contentLanguage } from "./templates";
import { compareText } from "./compare-text";

export type SourceFile = { path: string; bytes: Uint8Array };

export type DeckSource = {
  slug: string;
  manifest: SourceFile | null;
  faqs: SourceFile[];
  overrides?: SourceFile | null;
};

export type CompiledEntry = {
  id: string;
  kind: EntryKind;
  topic: string | null;
  question: string;
  answer: string;
  file: string;
  line: number;
  position: number;
  lists: AnswerList[];
};

export type CompiledDeck = {
  slug: string;
  manifest: DeckManifest;
  entries: CompiledEntry[];
  cards: GeneratedCard[];
  questions: GeneratedQuestion[];
  /** Entries with no multiple-choice question, and why (no fair one could be made). */
  unasked: UnaskedEntry[];
  warnings: (ContentWarning & { file: string })[];
  contentHash: string;
};

export function compileDeck(source: DeckSource, previousEntries: PreviousEntry[] = []): CompiledDeck {
  const where = source.manifest?.path ?? source.faqs[0]?.path ?? source.slug;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(source.slug)) {
    throw new ContentError(
      where,
      null,
      `deck folder name "${source.slug}" must be lowercase letters, digits and dashes`,
    );
  }
  if (source.faqs.length === 0) throw new ContentError(where, null, "the deck folder has no .md file");
  const texts = source.faqs.map((f) => ({ path: f.path, text: decodeUtf8(f.bytes, f.path) }));
  const manifest = source.manifest
    ? parseDeckManifest(decodeUtf8(source.manifest.bytes, source.manifest.path), source.manifest.path)
    : { title: source.slug, language: isMostlyChinese(texts[0]!.text) ? "zh-CN" : "en", description: "" };

  const warnings: CompiledDeck["warnings"] = [];
  const parsed = texts
    .sort((a, b) => compareText(a.path, b.path))
    .flatMap(({ path, text }) => {
      const result = parseFaq(text, path);
      warnings.push(...result.warnings.map((w) => ({ ...w, file: path })));
      return result.entries.map((e) => ({
        ...e,
        file: path,
        explicit: e.explicitId !== null,
        id: entryId(source.slug, e.explicitId, e.question),
      }));
    });

  const seen = new Map<string, string>();
  const unique = parsed.filter((e) => {
    const at = seen.get(e.id);
    if (at === undefined) return (seen.set(e.id, `${e.file}:${e.line}`), true);
    if (e.explicit) throw new ContentError(e.file, e.line, `id "${e.explicitId}" is already used at ${at}`);
    warnings.push({
      file: e.file,
      line: e.line,
      message: `"${e.question}" repeats a question at ${at}; kept the first`,
    });
    return false;
  });
  const entries: CompiledEntry[] = reconcileIds(unique, previousEntries).map((e, position) => ({
    id: e.id,
    kind: e.kind,
    topic: e.topic,
    question: e.question,
    answer: e.answer,
    file: e.file,
    line: e.line,
    position,
    lists: e.lists,
  }));

  const language = contentLanguage(manifest.language);
  const asked = questionsForDeck(entries, language);
  const generated = applyOverrides(
    source.slug,
    source.overrides?.path ?? "",
    source.overrides
      ? parseOverrides(decodeUtf8(source.overrides.bytes, source.overrides.path), source.overrides.path)
      : NO_OVERRIDES,
    entries,
    withoutRepeatedClozes(entries.flatMap((e) => cardsForEntry({ ...e, deck: manifest.title }, language))),
    asked.questions,
  );
  const withQuestion = new Set(generated.questions.map((q) => q.entryId));
  const why = new Map(asked.unasked.map((u) => [u.entryId, u.reason]));
  const unasked = entries
    .filter((e) => !withQuestion.has(e.id))
    .map((e) => ({ entryId: e.id, reason: why.get(e.id) ?? "its questions are hidden in overrides.yaml" }));
  // A hash of the output, not the input: a changed compiler with unchanged files still re-imports.
  const contentHash = createHash("sha256")
    .update(JSON.stringify([source.slug, manifest, entries, generated]))
    .digest("hex");
  return { slug: source.slug, manifest, entries, ...generated, unasked, warnings, contentHash };
}

export function entryId(deckSlug: string, explicitId: string | null, question: string): string {
  if (explicitId) return `${deckSlug}/${explicitId}`;
  return `${deckSlug}/${createHash("sha256").update(normalizeQuestion(question)).digest("hex").slice(0, 12)}`;
}

/** A cloze whose front recurs in the deck ("[…] 秒") asks nothing that tells the copies apart. */
function withoutRepeatedClozes(cards: GeneratedCard[]): GeneratedCard[] {
  const fronts = new Map<string, number>();
  for (const c of cards) if (c.kind === "cloze") fronts.set(c.front, (fronts.get(c.front) ?? 0) + 1);
  return cards.filter((c) => c.kind !== "cloze" || fronts.get(c.front) === 1);
}
