import { describe, expect, it } from "vitest";
import type { AnkiCollection, AnkiNotetype } from "./anki-collection";
import { collectionToDeck } from "./collection-to-deck";

const basicAndReversed: AnkiNotetype = {
  id: 10,
  name: "Basic (and reversed card)",
  kind: "normal",
  unsupported: false,
  fields: ["Front", "Back"],
  templates: [
    { ord: 0, name: "Card 1", questionFormat: "{{Front}}", answerFormat: "{{FrontSide}}<hr id=answer>{{Back}}" },
    {
      ord: 1,
      name: "Card 2",
      questionFormat: "{{Back}}",
      answerFormat: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}",
    },
  ],
};
const cloze: AnkiNotetype = {
  id: 20,
  name: "Cloze",
  kind: "cloze",
  unsupported: false,
  fields: ["Text", "Back Extra"],
  templates: [
    { ord: 0, name: "Cloze", questionFormat: "{{cloze:Text}}", answerFormat: "{{cloze:Text}}<br>{{Back Extra}}" },
  ],
};
const occlusion: AnkiNotetype = { ...cloze, id: 30, name: "Image Occlusion", unsupported: true };

function collection(overrides: Partial<AnkiCollection> = {}): AnkiCollection {
  return {
    notetypes: [basicAndReversed, cloze, occlusion],
    decks: [
      { id: 1, name: "Default" },
      { id: 2, name: "Networking\x1feBPF" },
    ],
    notes: [
      {
        id: 100,
        guid: "g-basic",
        notetypeId: 10,
        fields: ["What is <b>XDP</b>?", "eXpress Data Path"],
        tags: ["net", "ebpf"],
      },
      {
        id: 200,
        guid: "g-cloze",
        notetypeId: 20,
        fields: ["{{c1::BPF}} maps live in the {{c2::kernel::where}}", "extra"],
        tags: [],
      },
      { id: 300, guid: "g-io", notetypeId: 30, fields: ["{{c1::image-occlusion:rect:left=.1}}", ""], tags: [] },
      {
        id: 400,
        guid: "g-media",
        notetypeId: 10,
        fields: ['Who meows? <img src="cat.jpg">', "A cat [sound:meow.mp3]"],
        tags: [],
      },
    ],
    cards: [
      { id: 1001, noteId: 100, ord: 0, deckId: 2 },
      { id: 1002, noteId: 100, ord: 1, deckId: 2 },
      { id: 2001, noteId: 200, ord: 0, deckId: 2 },
      { id: 2002, noteId: 200, ord: 1, deckId: 1 },
      { id: 3001, noteId: 300, ord: 0, deckId: 1 },
      { id: 4001, noteId: 400, ord: 0, deckId: 2 },
    ],
    revlog: [
      { id: Date.UTC(2026, 0, 2), cardId: 1001, ease: 3, timeMs: 4000, type: 1 },
      { id: Date.UTC(2026, 0, 1), cardId: 1001, ease: 1, timeMs: 9000, type: 0 },
      { id: Date.UTC(2026, 0, 3), cardId: 1001, ease: 0, timeMs: 0, type: 4 },
      { id: Date.UTC(2026, 0, 4), cardId: 2001, ease: 4, timeMs: 2000, type: 5 },
    ],
    ...overrides,
  };
}

const read = (col: AnkiCollection, keepHistory = false) => collectionToDeck(col, { fileName: "net.apkg", keepHistory });

describe("collectionToDeck", () => {
  it("makes one card per Anki card: both sides of a reversed note, plain text, the answer without the question", () => {
    const result = read(collection());
    if (!result.ok) throw new Error(result.error.message);
    const [forward, reverse] = result.deck.cards;
    expect(forward).toMatchObject({
      sourceId: "anki:g-basic:0",
      kind: "basic",
      front: "What is XDP?",
      back: "eXpress Data Path",
    });
    expect(forward!.tags).toEqual(["net", "ebpf"]);
    expect(forward!.origin).toBe("note 100");
    expect(reverse).toMatchObject({ sourceId: "anki:g-basic:1", front: "eXpress Data Path", back: "What is XDP?" });
  });

  it("makes one cloze card per cloze number, its deletion as […] or [hint] and the deleted text as the back", () => {
    const result = read(collection());
    if (!result.ok) throw new Error(result.error.message);
    const clozes = result.deck.cards.filter((card) => card.kind === "cloze");
    expect(clozes).toEqual([
      expect.objectContaining({ sourceId: "anki:g-cloze:0", front: "[…] maps live in the kernel", back: "BPF" }),
      expect.objectContaining({ sourceId: "anki:g-cloze:1", front: "BPF maps live in the [where]", back: "kernel" }),
    ]);
  });

  it("takes a cloze card's back from the field its question's cloze filter names, through other filters", () => {
    const filtered: AnkiNotetype = {
      ...cloze,
      fields: ["Header", "Sentence"],
      templates: [{ ord: 0, name: "Cloze", questionFormat: "{{Header}}: {{cloze:text:Sentence}}", answerFormat: "" }],
    };
    const result = read(
      collection({
        notetypes: [filtered],
        notes: [{ id: 1, guid: "g", notetypeId: 20, fields: ["Geo", "{{c1::<i>Paris</i>}} is in France"], tags: [] }],
        cards: [{ id: 2, noteId: 1, ord: 0, deckId: 2 }],
      }),
    );
    expect(result.ok && result.deck.cards[0]).toMatchObject({ front: "Geo: […] is in France", back: "Paris" });
  });

  it("skips notes of note types it cannot show, saying which and how many, and names notes whose media is left out", () => {
    const result = read(collection());
    if (!result.ok) throw new Error(result.error.message);
    expect(result.deck.cards.map((card) => card.sourceId)).not.toContain("anki:g-io:0");
    const messages = result.deck.warnings.map((warning) => warning.message);
    expect(messages).toContain("1 note of note type “Image Occlusion” skipped: this app cannot show that note type");
    expect(messages).toContain("note 400: media left out (cat.jpg, meow.mp3); only text is imported");
    expect(result.deck.cards.find((card) => card.sourceId === "anki:g-media:0")).toMatchObject({
      front: "Who meows?",
      back: "A cat",
    });
    expect(result.deck.warnings.every((warning) => warning.file === "net.apkg")).toBe(true);
  });

  it("keeps the review history only when asked, in time order, skipping manual and rescheduling entries with a warning", () => {
    const withHistory = read(collection(), true);
    if (!withHistory.ok) throw new Error(withHistory.error.message);
    const card = withHistory.deck.cards.find((c) => c.sourceId === "anki:g-basic:0")!;
    expect(card.reviews).toEqual([
      { reviewedAt: new Date(Date.UTC(2026, 0, 1)), rating: 1, durationMs: 9000 },
      { reviewedAt: new Date(Date.UTC(2026, 0, 2)), rating: 3, durationMs: 4000 },
    ]);
    expect(withHistory.deck.cards.find((c) => c.sourceId === "anki:g-cloze:0")!.reviews).toEqual([]);
    expect(withHistory.deck.warnings.map((w) => w.message)).toContain(
      "2 review history entries skipped: manual or rescheduling changes, not answers",
    );
    const without = read(collection());
    expect(without.ok && without.deck.cards.every((c) => c.reviews.length === 0)).toBe(true);
  });

  it("names the deck after the deck holding most cards, or after the file when that is Anki's Default deck", () => {
    const result = read(collection());
    expect(result.ok && result.deck.title).toBe("Networking::eBPF");
    const inDefault = read(collection({ cards: collection().cards.map((card) => ({ ...card, deckId: 1 })) }));
    expect(inDefault.ok && inDefault.deck.title).toBe("net");
  });

  it("refuses a collection without cards, or one whose cards are all unusable", () => {
    expect(read(collection({ cards: [] }))).toEqual({
      ok: false,
      error: { file: "net.apkg", message: "the package holds no cards" },
    });
    const onlyOcclusion = read(collection({ cards: [{ id: 3001, noteId: 300, ord: 0, deckId: 1 }] }));
    expect(onlyOcclusion.ok).toBe(false);
    expect(!onlyOcclusion.ok && onlyOcclusion.error.message).toMatch(
      /^none of the package's cards can be imported.*Image Occlusion/,
    );
  });

  it("skips cards whose side renders empty, notes of a missing note type and repeated guids, with warnings", () => {
    const result = read(
      collection({
        notes: [
          { id: 100, guid: "g-basic", notetypeId: 10, fields: ["Front only", ""], tags: [] },
          { id: 500, guid: "g-lost", notetypeId: 99, fields: ["a", "b"], tags: [] },
          { id: 600, guid: "g-cloze", notetypeId: 20, fields: ["{{c1::copy}}", ""], tags: [] },
          { id: 200, guid: "g-cloze", notetypeId: 20, fields: ["{{c1::BPF}}", ""], tags: [] },
        ],
        cards: [
          { id: 1001, noteId: 100, ord: 0, deckId: 2 },
          { id: 5001, noteId: 500, ord: 0, deckId: 2 },
          { id: 2001, noteId: 200, ord: 0, deckId: 2 },
          { id: 2002, noteId: 200, ord: 1, deckId: 2 },
          { id: 6001, noteId: 600, ord: 0, deckId: 2 },
        ],
      }),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.deck.cards.map((card) => card.sourceId)).toEqual(["anki:g-cloze:0"]);
    expect(result.deck.warnings.map((w) => w.message)).toEqual([
      "1 note of note type “unknown note type 99” skipped: this app cannot show that note type",
      "2 cards with an empty side skipped (the first in note 100)",
      "1 card skipped: a note with the same id (guid) came first",
    ]);
  });
});
