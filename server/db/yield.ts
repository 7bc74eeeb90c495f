import { databaseProvider, type Database } from "./connection";

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

/**
 * A page's independent queries. PostgreSQL runs them at once on its pool; SQLite answers each one
 * synchronously, so they run one after another with the event loop given back before each: other
 * requests are answered between them, not after the last one.
 */
export async function independentQueries<T extends readonly unknown[]>(
  db: Database,
  queries: { [K in keyof T]: () => Promise<T[K]> },
): Promise<T> {
  if (databaseProvider(db) === "postgresql")
    return (await Promise.all(queries.map((query) => query()))) as unknown as T;
  const results: unknown[] = [];
  for (const query of queries) {
    await yieldToEventLoop();
    results.push(await query());
  }
  return results as unknown as T;
}
