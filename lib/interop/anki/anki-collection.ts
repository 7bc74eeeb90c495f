/** What is read from an Anki collection, whichever format it came in, as plain data. */

export type AnkiTemplate = { ord: number; name: string; questionFormat: string; answerFormat: string };

export type AnkiNotetype = {
  id: number;
  name: string;
  kind: "normal" | "cloze";
  /** Set when the note type is Anki's image occlusion (or another kind this app cannot show). */
  unsupported: boolean;
  fields: string[];
  templates: AnkiTemplate[];
};

export type AnkiNote = { id: number; guid: string; notetypeId: number; fields: string[]; tags: string[] };

export type AnkiCard = { id: number; noteId: number; ord: number; deckId: number };

/** One revlog row: `id` is the review's time in ms, `ease` 1–4 (0 for a manual change), `type` 0–5. */
export type AnkiRevlogEntry = { id: number; cardId: number; ease: number; timeMs: number; type: number };

export type AnkiDeck = { id: number; name: string };

export type AnkiCollection = {
  notetypes: AnkiNotetype[];
  notes: AnkiNote[];
  cards: AnkiCard[];
  revlog: AnkiRevlogEntry[];
  decks: AnkiDeck[];
};
