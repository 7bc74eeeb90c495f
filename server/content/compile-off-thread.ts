// Compiling a deck takes seconds for a big file: it runs in a worker thread, so that the server keeps
// answering other requests meanwhile, and the worker is ended when it takes longer than the limit.
import type { Worker } from "node:worker_threads";
import type { CompiledDeck, DeckSource } from "@/lib/content/compile-deck";
import { ContentError } from "@/lib/content/content-error";
import type { PreviousEntry } from "@/lib/content/entry-ids";
import { startWorker } from "@/server/worker-thread";

export const COMPILE_TIME_LIMIT_MS = 20_000;

type Lists = Pick<CompiledDeck, "entries" | "cards" | "questions">;
// A big deck comes back in parts (see compile-worker.ts), the rest of it last: each message is read
// on this thread, so none may be big.
type Reply =
  | { part: keyof Lists; items: unknown[] }
  | { ok: true; deck: Omit<CompiledDeck, keyof Lists> }
  | { ok: false; file: string; line: number | null; reason: string };

// Loading the compiler in a fresh worker takes a second or two: one idle worker is kept for the next
// job. Jobs at the same time each get a worker of their own, so none waits for another's time limit.
let idle: Worker | null = null;

function startCompiler(): Worker {
  // A young generation of 96 MB (semi-spaces of 32 MB, as `--max-semi-space-size=32` gives the content scripts):
  // compiling keeps much of what it makes, and is scavenged half as often as with the default.
  const worker = startWorker("server/content/compile-worker.mjs", {
    maxOldGenerationSizeMb: 1024,
    maxYoungGenerationSizeMb: 96,
    stackSizeMb: 8,
  });
  // One listener for the worker's life (not one per time it is kept idle): a worker that dies is not reused.
  worker.once("exit", () => {
    if (idle === worker) idle = null;
  });
  return worker;
}

/** Starts the idle worker ahead of a compile (e.g. when the upload form is shown), so the upload does not pay for it. */
export function warmCompiler(): void {
  if (!idle) keepIdle(startCompiler());
}

/**
 * The compiled deck, or a ContentError thrown for a file the compiler refuses, one that takes
 * longer than `timeLimitMs` (the worker is ended), or one that makes the compiler run out of stack or memory.
 */
export function compileOffThread(
  source: DeckSource,
  previous: PreviousEntry[],
  timeLimitMs = COMPILE_TIME_LIMIT_MS,
): Promise<CompiledDeck> {
  const file = source.faqs[0]?.path ?? source.slug;
  const worker = idle ?? startCompiler();
  idle = null;
  worker.ref();
  return new Promise<CompiledDeck>((resolve, reject) => {
    // Only our own listeners are removed: the Worker keeps internal ones of its own.
    const done = () => {
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
    };
    const timer = setTimeout(() => {
      done();
      void worker.terminate();
      reject(new ContentError(file, null, `compiling took longer than ${timeLimitMs / 1000} s; split the file`));
    }, timeLimitMs);
    const lists: Lists = { entries: [], cards: [], questions: [] };
    const onMessage = (reply: Reply) => {
      if ("part" in reply) {
        (lists[reply.part] as unknown[]).push(...reply.items);
        return;
      }
      done();
      keepIdle(worker);
      if (reply.ok) resolve({ ...reply.deck, ...lists });
      else reject(new ContentError(reply.file, reply.line, reply.reason));
    };
    const onError = (error: Error) => {
      done();
      void worker.terminate();
      const tooBig = error instanceof RangeError || /memory|stack/i.test(String(error));
      reject(tooBig ? new ContentError(file, null, "the file is too large or too deeply nested to compile") : error);
    };
    const onExit = () => {
      done();
      reject(new Error("the compiler's worker ended without an answer"));
    };
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    worker.postMessage({ source, previous });
  });
}

function keepIdle(worker: Worker) {
  if (idle) {
    void worker.terminate();
    return;
  }
  idle = worker;
  // An idle worker does not keep the process alive.
  worker.unref();
}
