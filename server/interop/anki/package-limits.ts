/** What an uploaded Anki package may hold: beyond these it is refused, before the work is done. */
export const MAX_PACKAGE_BYTES = 50 * 1024 * 1024;
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 20_000;

/** A package that cannot be read at all; its message is shown to the person who uploaded it. */
export class AnkiPackageError extends Error {}
