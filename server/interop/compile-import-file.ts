// An uploaded import file, read by the one dispatcher and turned into what the writers store; the
// same for a learner's personal deck and a team's draft. A file that cannot be imported is refused
// with its name and (where known) line, and nothing is written.
import type { CompiledImport } from "@/lib/interop/compile-imported-deck";
import type { ImportedDeck } from "@/lib/interop/imported-deck";
import { MAX_IMPORTED_CARDS } from "@/lib/interop/import-limits";
import type { ContentProblem } from "@/server/teams/team-decks";
import { compileImportOffThread, OffThreadTimeout } from "./off-thread";
import { readImportFile } from "./read-import-file";

export type ImportSource = { fileName: string; bytes: Uint8Array; keepHistory: boolean };

type Refused = { ok: false; reason: "content"; problem: ContentProblem };

/** The file's cards, or why it cannot be imported (no cards, too many, or what its reader refused). */
export async function readImport(source: ImportSource): Promise<{ ok: true; imported: ImportedDeck } | Refused> {
  const read = await readImportFile(source.bytes, source.fileName, { keepHistory: source.keepHistory });
  if (!read.ok) return refused(read.error.file, read.error.line ?? null, read.error.message);
  const count = read.deck.cards.length;
  if (count === 0) return refused(source.fileName, null, "the file holds no cards");
  if (count > MAX_IMPORTED_CARDS)
    return refused(
      source.fileName,
      null,
      `the file holds ${count} cards; at most ${MAX_IMPORTED_CARDS} can be imported at once`,
    );
  return { ok: true, imported: read.deck };
}

/** The deck's entries, cards and questions, worked out in a worker thread. */
export async function compileImport(
  imported: ImportedDeck,
  slug: string,
  fileName: string,
): Promise<{ ok: true; compiled: CompiledImport } | Refused> {
  try {
    return { ok: true, compiled: await compileImportOffThread(imported, slug, fileName) };
  } catch (error) {
    if (error instanceof OffThreadTimeout) return refused(fileName, null, error.message);
    throw error;
  }
}

function refused(file: string, line: number | null, message: string): Refused {
  return { ok: false, reason: "content", problem: { file, line, message } };
}
