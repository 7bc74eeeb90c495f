// Group commit for SQLite: the grades that reach their write in the same turn of the event loop are
// written in one transaction, so that one fsync (synchronous=FULL) makes all of them durable. Each
// caller still gets its answer only after that commit. better-sqlite3 blocks the process while it
// syncs, so one sync per grade was most of the grade's cost under load.
import type { Prisma } from "@/generated/sqlite/client";
import type { Database } from "@/server/db/connection";

/** Statements that apply one grade; the first one's count of changed rows is its outcome. */
type Write = { statements: Prisma.Sql[]; resolve: (changed: number) => void; reject: (error: unknown) => void };

// More would hold the first grade's answer back while later ones are written.
const MOST_PER_COMMIT = 64;

const waiting = new WeakMap<Database, Write[]>();

/** Runs `statements` in a transaction shared with other writes queued now; resolves to the first one's count. */
export function writeGrouped(db: Database, statements: Prisma.Sql[]): Promise<number> {
  return new Promise((resolve, reject) => {
    let queue = waiting.get(db);
    if (!queue) {
      queue = [];
      waiting.set(db, queue);
      setImmediate(() => void commit(db));
    }
    queue.push({ statements, resolve, reject });
  });
}

async function commit(db: Database): Promise<void> {
  const queue = waiting.get(db) ?? [];
  waiting.delete(db);
  for (let start = 0; start < queue.length; start += MOST_PER_COMMIT) {
    const group = queue.slice(start, start + MOST_PER_COMMIT);
    try {
      const counts = await run(db, group);
      let at = 0;
      for (const write of group) {
        write.resolve(counts[at]!);
        at += write.statements.length;
      }
    } catch (error) {
      if (group.length === 1) group[0]!.reject(error);
      // One write failed (a client review id already logged): each again on its own, so only it fails.
      else for (const write of group) await run(db, [write]).then(([count]) => write.resolve(count!), write.reject);
    }
  }
}

function run(db: Database, group: Write[]): Promise<number[]> {
  return db.$transaction(group.flatMap((write) => write.statements.map((sql) => db.$executeRaw(sql))));
}
