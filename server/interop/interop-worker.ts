// Runs in a worker thread (see off-thread.ts): reads a CSV file, or turns an imported deck into
// entries, cards and questions, and posts the result back.
import { parentPort } from "node:worker_threads";
import { compileImportedDeck } from "@/lib/interop/compile-imported-deck";
import { readCsv } from "@/lib/interop/csv/read-csv";
import type { Job } from "./off-thread";

parentPort!.on("message", (job: Job) => {
  parentPort!.postMessage(
    job.kind === "read-csv" ? readCsv(job.text, job.fileName) : compileImportedDeck(job.deck, job.slug, job.fileName),
  );
});
