// The one way an uploaded file becomes an imported deck: by its first bytes and its name, to the
// reader of its format. Readers do not know about each other, nor about what is done with the deck.
import type { ImportResult } from "@/lib/interop/imported-deck";
import { readAnkiPackage } from "./anki/read-anki-off-thread";
import { OffThreadTimeout, readCsvOffThread } from "./off-thread";

export type ImportFormat = "csv" | "anki";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** An Anki package is a zip archive, whatever its name says; text files go by their extension. */
export function importFormat(bytes: Uint8Array, fileName: string): ImportFormat | null {
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) return "anki";
  if (/\.(apkg|colpkg)$/i.test(fileName)) return "anki";
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return "csv";
  return null;
}

export async function readImportFile(
  bytes: Uint8Array,
  fileName: string,
  options: { keepHistory: boolean },
): Promise<ImportResult> {
  const fail = (message: string): ImportResult => ({ ok: false, error: { file: fileName, message } });
  switch (importFormat(bytes, fileName)) {
    case "csv": {
      let text: string;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch {
        return fail("the file is not UTF-8 text; save it as CSV (UTF-8) and try again");
      }
      try {
        return await readCsvOffThread(text, fileName);
      } catch (error) {
        if (error instanceof OffThreadTimeout) return fail(error.message);
        throw error;
      }
    }
    case "anki":
      // Read in a worker thread of its own, with a time limit; never rejects.
      return readAnkiPackage(bytes, fileName, options);
    case null:
      return fail("only .csv, .tsv, .txt, .apkg and .colpkg files can be imported");
  }
}
