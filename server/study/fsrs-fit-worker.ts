// Runs in a worker thread (see fsrs-fit-off-thread.ts): fits the one review log it is sent and posts the result back.
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import { fitParameters } from "@/lib/study/fsrs/fit";
import { trainingItems, type ReviewColumns } from "@/lib/study/fsrs/training-items";

// On Linux a nice value belongs to a thread: the fit, and the optimizer's threads started from it,
// give way to the server's requests on a busy machine. Where that is not allowed it fits as it is.
try {
  setPriority(19);
} catch {}

parentPort!.once("message", (columns: ReviewColumns) => {
  fitParameters(trainingItems(columns)).then(
    (result) => parentPort!.postMessage({ result }),
    (error: unknown) => parentPort!.postMessage({ error: String(error) }),
  );
});
