// better-sqlite3 answers every query synchronously, so a loop of awaited queries never gives the event
// loop back (each await resumes as a microtask): other requests wait until the whole loop is done.
// Loops whose length grows with a deck's size call this between chunks.

/** Lets timers and other requests' I/O run before going on (a resolved promise would not). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Rows per insert in such loops. Prisma compiles a query the first time it sees its shape, which for
 * a 200-row insert blocked for 300 ms; 50 rows keep each insert, the first one included, short.
 */
export const ROWS_PER_CHUNK = 50;
