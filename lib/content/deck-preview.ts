import type { CompiledDeck } from "./compile-deck";

/** What a compiled deck shows before it is saved: the upload preview and `content:build --json`. */
export type DeckPreview = {
  entries: { id: string; kind: string; topic: string | null; question: string; answer: string; line: number }[];
  cards: { id: string; entryId: string; kind: string; front: string; back: string }[];
  questions: { id: string; entryId: string; stem: string; options: string[]; answer: number; explanation: string }[];
  warnings: CompiledDeck["warnings"];
};

export function deckPreview(deck: CompiledDeck): DeckPreview {
  return {
    entries: deck.entries.map(({ id, kind, topic, question, answer, line }) => ({
      id,
      kind,
      topic,
      question,
      answer,
      line,
    })),
    cards: deck.cards.map(({ id, entryId, kind, front, back }) => ({ id, entryId, kind, front, back })),
    questions: deck.questions.map(({ id, entryId, stem, options, answer, explanation }) => ({
      id,
      entryId,
      stem,
      options,
      answer,
      explanation,
    })),
    warnings: deck.warnings,
  };
}
