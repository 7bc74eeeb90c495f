import { toCsv } from "@/lib/teams/csv";

export type ExportedCard = { front: string; back: string; tags: string[] };

export const DECK_CSV_HEADER = ["front", "back", "tags"];

/**
 * A deck as CSV (RFC 4180, CRLF) under a front/back/tags header, tags separated by spaces as Anki
 * writes them; a byte order mark first so that spreadsheet programs read Chinese text as UTF-8.
 * `readCsv` reads it back to the same cards.
 */
export function writeDeckCsv(cards: ExportedCard[]): string {
  return `\uFEFF${toCsv([DECK_CSV_HEADER, ...cards.map((card) => [card.front, card.back, card.tags.join(" ")])])}`;
}
