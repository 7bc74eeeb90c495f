// What the import pipeline accepts: the files the readers know, and how big an import may be.

/** The file input's `accept`: CSV/TSV/plain-text exports (Quizlet, spreadsheets) and Anki packages. */
export const IMPORT_FILE_ACCEPT = ".csv,.tsv,.txt,.apkg,.colpkg";

export const IMPORT_FILE_PATTERN = /\.(csv|tsv|txt|apkg|colpkg)$/i;

/**
 * Largest import file. An Anki package carries its media too (which the import leaves out), so it may
 * be larger than a Markdown upload; the browser checks this before sending, and the server refuses
 * bigger bodies with a 413 before reading them (lib/http/body-limits).
 */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;

/** Cards one import may hold: more would take minutes to write and to study. */
export const MAX_IMPORTED_CARDS = 20_000;

/** Cards the preview shows before the deck is created. */
export const PREVIEW_CARDS = 20;
