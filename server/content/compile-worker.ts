// Runs in a worker thread (see compile-off-thread.ts): compiles each deck it is sent and posts the result back.
import { parentPort } from "node:worker_threads";
import { compileDeck, type DeckSource } from "@/lib/content/compile-deck";
import { ContentError } from "@/lib/content/content-error";
import type { PreviousEntry } from "@/lib/content/entry-ids";

parentPort!.on("message", ({ source, previous }: { source: DeckSource; previous: PreviousEntry[] }) => {
  try {
    parentPort!.postMessage({ ok: true, deck: compileDeck(source, previous) });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    parentPort!.postMessage({ ok: false, file: error.file, line: error.line, reason: error.reason });
  }
});
