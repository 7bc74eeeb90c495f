// Columns stored as JSON text (SQLite has no arrays), read back in one place.

/** A question's options, as stored in `Question.options`. */
export function optionsOf(json: string): string[] {
  return JSON.parse(json) as string[];
}
