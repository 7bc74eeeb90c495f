// Anki's cloze deletions: `{{c1::text}}` or `{{c1::text::hint}}` inside a field.
const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

export const CLOZE_GAP = "[…]";

/** The cloze numbers a text uses, ascending. */
export function clozeNumbers(text: string): number[] {
  const numbers = new Set<number>();
  for (const match of text.matchAll(CLOZE)) numbers.add(Number(match[1]));
  return [...numbers].sort((a, b) => a - b);
}

/** The text as card `number` asks it: its deletions as "[…]" (or "[hint]"), the others as their text. */
export function clozeQuestion(text: string, number: number): string {
  return text.replace(CLOZE, (_match, n: string, deleted: string, hint?: string) =>
    Number(n) === number ? (hint?.trim() ? `[${hint.trim()}]` : CLOZE_GAP) : deleted,
  );
}

/** The text with every deletion shown as its text. */
export function clozeRevealed(text: string): string {
  return text.replace(CLOZE, (_match, _n: string, deleted: string) => deleted);
}

/** What card `number` deletes, in order. */
export function clozeAnswers(text: string, number: number): string[] {
  return [...text.matchAll(CLOZE)].filter((match) => Number(match[1]) === number).map((match) => match[2]!);
}
