// Reading a CSV file of thousands of rows and choosing an imported deck's questions (every card
// compared with its neighbours) take from a fraction of a second to seconds: both run in a worker
// thread, so that the server keeps answering other requests, and the worker is ended when it takes
// longer than the limit. (Anki packages are read in a worker of their own: anki/read-anki-off-thread.)
import type { CompiledImport } from "@/lib/interop/compile-imported-deck";
import type { ImportedDeck, ImportResult } from "@/lib/interop/imported-deck";
import { startWorker } from "@/server/worker-thread";

export const OFF_THREAD_TIME_LIMIT_MS = 30_000;

export type Job =
  | { kind: "read-csv"; text: string; fileName: string }
  | { kind: "compile"; deck: ImportedDeck; slug: string; fileName: string };

export class OffThreadTimeout extends Error {}

export function readCsvOffThread(text: string, fileName: string): Promise<ImportResult> {
  return run<ImportResult>({ kind: "read-csv", text, fileName });
}

/** The deck's entries, cards and questions; review histories stay on this thread (they are not needed there). */
export function compileImportOffThread(deck: ImportedDeck, slug: string, fileName: string): Promise<CompiledImport> {
  const withoutHistory = { ...deck, cards: deck.cards.map((c) => ({ ...c, reviews: [] })) };
  return run<CompiledImport>({ kind: "compile", deck: withoutHistory, slug, fileName });
}

/** Rejects with OffThreadTimeout after the limit, or with the worker's error. */
function run<Result>(job: Job, timeLimitMs = OFF_THREAD_TIME_LIMIT_MS): Promise<Result> {
  const worker = startWorker("server/interop/interop-worker.mjs", { maxOldGenerationSizeMb: 1024, stackSizeMb: 8 });
  return new Promise<Result>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new OffThreadTimeout(`the import took longer than ${timeLimitMs / 1000} s; split the file`));
    }, timeLimitMs);
    const finish = () => {
      clearTimeout(timer);
      void worker.terminate();
    };
    worker.once("message", (result: Result) => {
      finish();
      resolve(result);
    });
    worker.once("error", (error) => {
      finish();
      reject(error);
    });
    worker.postMessage(job);
  });
}
