/** Server actions take bodies up to 1 MB; the upload form checks this limit in the browser too. */
export const MAX_DECK_FILE_BYTES = 512 * 1024;
