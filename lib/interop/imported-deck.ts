/**
 * A deck brought in from outside FAQ Markdown (an Anki package, a CSV/TSV or Quizlet export): the
 * one shape every importer produces and the import pipeline writes, so that readers and the writer
 * do not know about each other.
 */

/** One review from the source's history (Anki's revlog), replayed through FSRS on import. */
export type ImportedReview = {
  reviewedAt: Date;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: 1 | 2 | 3 | 4;
  durationMs: number;
};

export type ImportedCard = {
  /**
   * Stable across re-imports of an updated source, so that re-importing updates the same card and
   * keeps its learners' history: `anki:<note guid>:<card ordinal>` for Anki, `csv:<hash of the front>` for CSV.
   */
  sourceId: string;
  /** "cloze": `front` holds the sentence with its deletion shown as "[…]" and `back` the deleted text. */
  kind: "basic" | "cloze";
  /** Plain text (Markdown allowed), already sanitized: no HTML, no scripts. */
  front: string;
  back: string;
  tags: string[];
  /** Where the card came from, for messages: "line 12", "note 1700000000000". */
  origin: string;
  /** Empty unless the source has a review history and the learner chose to keep it. */
  reviews: ImportedReview[];
};

/** A problem that did not stop the import: named by file and, where there is one, line or note. */
export type ImportWarning = { file: string; line?: number; message: string };

export type ImportedDeck = {
  title: string;
  cards: ImportedCard[];
  warnings: ImportWarning[];
};

/** A source that cannot be imported at all; nothing is written. */
export type ImportFailure = { file: string; line?: number; message: string };

export type ImportResult = { ok: true; deck: ImportedDeck } | { ok: false; error: ImportFailure };
