import { describe, expect, it } from "vitest";
import { compileImportedDeck, importedCardId } from "./compile-imported-deck";
import type { ImportedCard, ImportedDeck } from "./imported-deck";

const card = (sourceId: string, front: string, back: string, extra: Partial<ImportedCard> = {}): ImportedCard => ({
  sourceId,
  kind: "basic",
  front,
  back,
  tags: [],
  origin: `line ${sourceId.replace(/\D/g, "") || 1}`,
  reviews: [],
  ...extra,
});

const capitals: ImportedCard[] = [
  card("csv:1", "France", "Paris is the capital"),
  card("csv:2", "Germany", "Berlin is the capital"),
  card("csv:3", "Italy", "Rome is the capital"),
  card("csv:4", "Spain", "Madrid is the capital"),
  card("csv:5", "Portugal", "Lisbon is the capital"),
];
const deck = (cards: ImportedCard[]): ImportedDeck => ({ title: "Capitals", cards, warnings: [] });

describe("compileImportedDeck", () => {
  it("makes one entry and one card per imported card, with ids from the source ids", () => {
    const compiled = compileImportedDeck(deck(capitals), "me-capitals", "capitals.csv");
    expect(compiled.entries.map((e) => [e.question, e.answer, e.kind, e.line])).toEqual(
      capitals.map((c, i) => [c.front, c.back, "imported", i + 1]),
    );
    expect(compiled.cards.map((c) => c.id)).toEqual(capitals.map((c) => importedCardId("me-capitals", c)));
    expect(compiled.manifest).toEqual({ title: "Capitals", language: "en", description: "" });
  });

  it("gives an edited card the same ids, and a reordered file the same ids", () => {
    const first = compileImportedDeck(deck(capitals), "me-capitals", "capitals.csv");
    const edited = [card("csv:5", "Portugal", "Lisbon, on the Tagus"), ...capitals.slice(0, 4)];
    const again = compileImportedDeck(deck(edited), "me-capitals", "capitals.csv");
    expect(new Set(again.cards.map((c) => c.id))).toEqual(new Set(first.cards.map((c) => c.id)));
    expect(again.contentHash).not.toBe(first.contentHash);
    expect(compileImportedDeck(deck(capitals), "me-capitals", "capitals.csv").contentHash).toBe(first.contentHash);
  });

  it("asks a question per term/definition card, with other cards' backs as distractors", () => {
    const { questions } = compileImportedDeck(deck(capitals), "me-capitals", "capitals.csv");
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      const asked = capitals.find((c) => q.stem === `What is ${c.front}?`)!;
      expect(q.options[q.answer]).toBe(asked.back);
      expect(q.options).toHaveLength(4);
      expect(new Set(q.options).size).toBe(4);
      expect(q.options.filter((o) => o !== asked.back).every((o) => capitals.some((c) => c.back === o))).toBe(true);
    }
  });

  it("keeps cloze cards cloze cards and asks no question about them, nor about long backs, nor in a tiny deck", () => {
    const cloze = card("anki:a:1", "The capital of France is […]", "Paris", { kind: "cloze" });
    const long = card("csv:9", "Essay", "A very long answer that goes on. ".repeat(10));
    const compiled = compileImportedDeck(deck([...capitals, cloze, long]), "me-capitals", "capitals.csv");
    expect(compiled.cards.find((c) => c.front === cloze.front)).toMatchObject({ kind: "cloze", back: "Paris" });
    const entryOf = (front: string) => compiled.entries.find((e) => e.question === front)!.id;
    const asked = new Set(compiled.questions.map((q) => q.entryId));
    expect(asked.has(entryOf(cloze.front))).toBe(false);
    expect(asked.has(entryOf(long.front))).toBe(false);
    expect(compileImportedDeck(deck(capitals.slice(0, 3)), "me-capitals", "capitals.csv").questions).toEqual([]);
  });

  it("keeps the first of two cards with the same source id, and the reader's warnings", () => {
    const compiled = compileImportedDeck(
      {
        ...deck([...capitals, card("csv:1", "France again", "x")]),
        warnings: [{ file: "c.csv", line: 7, message: "no back" }],
      },
      "me-capitals",
      "capitals.csv",
    );
    expect(compiled.cards).toHaveLength(5);
    expect(compiled.warnings).toEqual([{ file: "c.csv", line: 7, message: "no back" }]);
  });
});
