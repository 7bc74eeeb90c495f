// Choosing an imported deck's questions compares every card with its neighbours: seconds for a deck
// of thousands. It runs in a worker thread, so that the server keeps answering other requests, and the
// worker is ended when it takes longer than the limit.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { CompiledImport } from "@/lib/interop/compile-imported-deck";
import type { ImportedDeck } from "@/lib/interop/imported-deck";

export const IMPORT_COMPILE_TIME_LIMIT_MS = 30_000;

export class ImportCompileTimeout extends Error {}

/** The compiled deck; rejects with ImportCompileTimeout after the limit. Review histories stay on this thread. */
export function compileImportOffThread(
  deck: ImportedDeck,
  slug: string,
  fileName: string,
  timeLimitMs = IMPORT_COMPILE_TIME_LIMIT_MS,
): Promise<CompiledImport> {
  // Resolved at run time and started from a line of code, so that Next's bundler does not bundle the worker.
  const entry = pathToFileURL(join(process.cwd(), "server/interop/compile-import-worker.mjs")).href;
  const worker = new Worker(`import(${JSON.stringify(entry)})`, {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: 1024, stackSizeMb: 8 },
  });
  const withoutHistory = { ...deck, cards: deck.cards.map((c) => ({ ...c, reviews: [] })) };
  return new Promise<CompiledImport>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new ImportCompileTimeout(`preparing the deck took longer than ${timeLimitMs / 1000} s`));
    }, timeLimitMs);
    const finish = () => {
      clearTimeout(timer);
      void worker.terminate();
    };
    worker.once("message", (compiled: CompiledImport) => {
      finish();
      resolve(compiled);
    });
    worker.once("error", (error) => {
      finish();
      reject(error);
    });
    worker.postMessage({ deck: withoutHistory, slug, fileName });
  });
}
