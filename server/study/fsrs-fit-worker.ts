// Runs in a worker thread (see fsrs-fit-off-thread.ts): fits the one review log it is sent and posts the result back.
import { parentPort } from "node:worker_threads";
import { fitParameters } from "@/lib/study/fsrs/fit";
import { trainingItems, type ReviewColumns } from "@/lib/study/fsrs/training-items";

parentPort!.once("message", (columns: ReviewColumns) => {
  fitParameters(trainingItems(columns)).then(
    (result) => parentPort!.postMessage({ result }),
    (error: unknown) => parentPort!.postMessage({ error: String(error) }),
  );
});
