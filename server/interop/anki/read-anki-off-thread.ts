// Reading a big Anki package (unzipping, decompressing, rendering every card) takes seconds: it runs
// in a worker thread of its own, so that the server keeps answering other requests meanwhile, and
// the worker is ended when it takes longer than the limit or runs out of memory.
import type { ImportedCard, ImportResult } from "@/lib/interop/imported-deck";
import { startWorker } from "@/server/worker-thread";

export const READ_TIME_LIMIT_MS = 60_000;

type Reply = { cards: ImportedCard[] } | ImportResult;

/** The package read into an imported deck, or the reason it cannot be imported; never rejects. */
export function readAnkiPackage(
  bytes: Uint8Array,
  fileName: string,
  options: { keepHistory: boolean },
  timeLimitMs = READ_TIME_LIMIT_MS,
): Promise<ImportResult> {
  const worker = startWorker("server/interop/anki/read-anki-worker.mjs", {
    maxOldGenerationSizeMb: 1024,
    stackSizeMb: 8,
  });
  const failed = (message: string): ImportResult => ({ ok: false, error: { file: fileName, message } });
  return new Promise<ImportResult>((resolve) => {
    const cards: ImportedCard[] = [];
    const onMessage = (reply: Reply) => {
      if ("cards" in reply) cards.push(...reply.cards);
      else if (reply.ok) finish(() => resolve({ ok: true, deck: { ...reply.deck, cards } }));
      else finish(() => resolve(reply));
    };
    // Whatever a package does to the reader, the caller gets a failure to show, never an exception.
    const onError = (error: Error) => {
      const tooBig = error instanceof RangeError || /memory|stack/i.test(String(error));
      if (!tooBig) console.error("the Anki reader failed", error);
      finish(() => resolve(failed(tooBig ? "the package is too large to read" : "the package could not be read")));
    };
    const onExit = () => finish(() => resolve(failed("the package could not be read")));
    const timer = setTimeout(
      () => finish(() => resolve(failed(`reading the package took longer than ${timeLimitMs / 1000} s`))),
      timeLimitMs,
    );
    // Only our own listeners are removed: the Worker keeps internal ones of its own.
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      void worker.terminate();
      settle();
    };
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    // A copy goes to the worker, so the caller's bytes stay usable.
    worker.postMessage({ bytes, fileName, keepHistory: options.keepHistory });
  });
}
