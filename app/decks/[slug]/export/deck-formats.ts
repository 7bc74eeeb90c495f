import { writeDeckCsv } from "@/lib/interop/csv/write-csv";
import type { ExportableDeck } from "@/server/interop/deck-export";

export type DeckFile = { body: BodyInit; contentType: string; extension: string };

/** The formats a deck downloads in (`?format=`); another format is one more entry here. */
export const DECK_FORMATS: Record<string, (deck: ExportableDeck) => DeckFile | Promise<DeckFile>> = {
  csv: (deck) => ({ body: writeDeckCsv(deck.cards), contentType: "text/csv; charset=utf-8", extension: "csv" }),
};
