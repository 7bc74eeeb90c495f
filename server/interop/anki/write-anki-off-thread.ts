// Writing a large deck's package (SQLite, then deflate) takes about a second: it runs in a worker
// thread of its own, so that the server keeps answering other requests meanwhile.
import type { ExportedCard } from "./write-anki-package";
import { startWorker } from "@/server/worker-thread";

/** The deck as an `.apkg` file, written off the request thread. */
export function writeAnkiPackageOffThread(
  deck: { title: string; cards: ExportedCard[] },
  now: Date,
): Promise<Uint8Array> {
  const worker = startWorker("server/interop/anki/write-anki-worker.mjs");
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.once("message", (bytes: Uint8Array) => resolve(bytes));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the Anki writer stopped (exit code ${code})`)));
    worker.postMessage({ deck, now });
  }).finally(() => void worker.terminate());
}
