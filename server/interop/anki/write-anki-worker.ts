// Runs in a worker thread (see write-anki-off-thread.ts): writes the one package it is sent and posts its bytes back.
import { parentPort } from "node:worker_threads";
import { writeAnkiPackage, type ExportedCard } from "./write-anki-package";

parentPort!.once("message", ({ deck, now }: { deck: { title: string; cards: ExportedCard[] }; now: Date }) => {
  const bytes = writeAnkiPackage(deck, now);
  parentPort!.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
});
