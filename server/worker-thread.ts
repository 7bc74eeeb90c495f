// Work that takes the CPU for long (compiling, reading or writing packages, fitting) runs in worker
// threads, so that the server keeps answering other requests.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker, type ResourceLimits } from "node:worker_threads";

/**
 * Starts the worker whose entry is `path`, relative to the app's folder. The entry is resolved at run
 * time and started from a line of code rather than a path: Next's bundler follows a path given to
 * `new Worker` and bundles the worker, which breaks it.
 */
export function startWorker(path: string, resourceLimits?: ResourceLimits): Worker {
  const entry = pathToFileURL(join(process.cwd(), path)).href;
  return new Worker(`import(${JSON.stringify(entry)})`, { eval: true, ...(resourceLimits ? { resourceLimits } : {}) });
}
