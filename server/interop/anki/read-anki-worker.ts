// Runs in a worker thread (see read-anki-off-thread.ts): reads the one package it is sent and posts
// the result back, the cards in parts so that no single message takes the server long to read.
import { parentPort } from "node:worker_threads";
import { readAnkiPackageHere } from "./read-anki-package";

const PART_SIZE = 500;

parentPort!.once(
  "message",
  ({ bytes, fileName, keepHistory }: { bytes: Uint8Array; fileName: string; keepHistory: boolean }) => {
    const result = readAnkiPackageHere(bytes, fileName, { keepHistory });
    if (!result.ok) {
      parentPort!.postMessage(result);
      return;
    }
    const { cards, ...deck } = result.deck;
    for (let at = 0; at < cards.length; at += PART_SIZE)
      parentPort!.postMessage({ cards: cards.slice(at, at + PART_SIZE) });
    parentPort!.postMessage({ ok: true, deck: { ...deck, cards: [] } });
  },
);
