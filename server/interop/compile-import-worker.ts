// Runs in a worker thread (see compile-import-off-thread.ts): turns the imported deck it is sent into
// entries, cards and questions, and posts them back.
import { parentPort } from "node:worker_threads";
import { compileImportedDeck } from "@/lib/interop/compile-imported-deck";
import type { ImportedDeck } from "@/lib/interop/imported-deck";

parentPort!.on("message", ({ deck, slug, fileName }: { deck: ImportedDeck; slug: string; fileName: string }) => {
  parentPort!.postMessage(compileImportedDeck(deck, slug, fileName));
});
