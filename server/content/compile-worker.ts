// Runs in a worker thread (see compile-off-thread.ts): compiles each deck it is sent and posts the result back.
import { parentPort } from "node:worker_threads";
import { compileDeck, type DeckSource } from "@/lib/content/compile-deck";
import { ContentError } from "@/lib/content/content-error";
import type { PreviousEntry } from "@/lib/content/entry-ids";

/** Items per message: the server reads each message on its main thread, so none may take long to read. */
const PART_SIZE = 500;

parentPort!.on("message", ({ source, previous }: { source: DeckSource; previous: PreviousEntry[] }) => {
  try {
    const { entries, cards, questions, ...rest } = compileDeck(source, previous);
    const lists = { entries, cards, questions };
    for (const [list, items] of Object.entries(lists))
      for (let i = 0; i < items.length; i += PART_SIZE)
        parentPort!.postMessage({ part: list, items: items.slice(i, i + PART_SIZE) });
    parentPort!.postMessage({ ok: true, deck: rest });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    parentPort!.postMessage({ ok: false, file: error.file, line: error.line, reason: error.reason });
  }
});
