import { writeDeckCsv } from "@/lib/interop/csv/write-csv";
import { writeAnkiPackageOffThread } from "@/server/interop/anki/write-anki-off-thread";
import type { ExportableDeck } from "@/server/interop/deck-export";

export type DeckFile = { body: BodyInit; contentType: string; extension: string };

/** The formats a deck downloads in (`?format=`); another format is one more entry here. */
export const DECK_FORMATS: Record<string, (deck: ExportableDeck, now: Date) => DeckFile | Promise<DeckFile>> = {
  csv: (deck) => ({ body: writeDeckCsv(deck.cards), contentType: "text/csv; charset=utf-8", extension: "csv" }),
  // The legacy package every current Anki (desktop, AnkiDroid) imports; note guids follow the card ids.
  apkg: async (deck, now) => ({
    body: Buffer.from(await writeAnkiPackageOffThread(deck, now)),
    contentType: "application/octet-stream",
    extension: "apkg",
  }),
};
