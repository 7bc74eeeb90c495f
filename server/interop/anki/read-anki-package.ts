// Reads an Anki package on the calling thread; servers call readAnkiPackage (read-anki-off-thread.ts).
import { collectionToDeck } from "@/lib/interop/anki/collection-to-deck";
import type { ImportResult } from "@/lib/interop/imported-deck";
import { AnkiPackageError } from "./package-limits";
import { readAnkiCollection } from "./read-anki-collection";
import { unpackAnkiPackage } from "./unpack-anki-package";

export function readAnkiPackageHere(
  bytes: Uint8Array,
  fileName: string,
  options: { keepHistory: boolean },
): ImportResult {
  try {
    const collection = unpackAnkiPackage(bytes);
    const data = readAnkiCollection(collection, { withRevlog: options.keepHistory });
    return collectionToDeck(data, { fileName, keepHistory: options.keepHistory });
  } catch (error) {
    if (error instanceof AnkiPackageError) return { ok: false, error: { file: fileName, message: error.message } };
    throw error;
  }
}
