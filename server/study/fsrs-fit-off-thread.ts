// Fitting FSRS parameters to a long review log takes seconds of CPU (the optimizer, and building its
// training items): it runs in a worker thread of its own, so that the server keeps answering other
// requests meanwhile, and the worker is ended when it takes longer than the limit.
import type { FitResult } from "@/lib/study/fsrs/fit-result";
import type { ReviewColumns } from "@/lib/study/fsrs/training-items";
import { startWorker } from "@/server/worker-thread";

export const FIT_TIME_LIMIT_MS = 10 * 60_000;

export type FitOffThread = (columns: ReviewColumns) => Promise<FitResult>;

/** Rejects with the worker's error, or when the fit takes longer than the limit. */
export const fitOffThread: FitOffThread = (columns, timeLimitMs = FIT_TIME_LIMIT_MS) => {
  const worker = startWorker("server/study/fsrs-fit-worker.mjs", { maxOldGenerationSizeMb: 2048 });
  return new Promise<FitResult>((resolve, reject) => {
    const timer = setTimeout(
      () => finish(() => reject(new Error(`the fit took longer than ${timeLimitMs / 1000} s`))),
      timeLimitMs,
    );
    const onMessage = (reply: { result: FitResult } | { error: string }) =>
      finish(() => ("result" in reply ? resolve(reply.result) : reject(new Error(reply.error))));
    const onError = (error: Error) => finish(() => reject(error));
    const onExit = (code: number) => finish(() => reject(new Error(`the fitting worker stopped (exit code ${code})`)));
    // Only our own listeners are removed: the Worker keeps internal ones of its own.
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      void worker.terminate();
      settle();
    };
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    // The columns' buffers move to the worker rather than being copied.
    worker.postMessage(columns, [columns.card.buffer, columns.rating.buffer, columns.day.buffer] as ArrayBuffer[]);
  });
};
