import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type Sqlite from "better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DatabaseTarget } from "./database-url";

// better-sqlite3 pairs WAL with synchronous=NORMAL, which can lose acknowledged writes on
// power loss; FULL syncs the WAL on every commit. These are per-connection settings.
export const SQLITE_PRAGMAS = [
  "PRAGMA journal_mode = WAL",
  "PRAGMA synchronous = FULL",
  "PRAGMA busy_timeout = 5000",
  "PRAGMA foreign_keys = ON",
];

class SqliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite";
  readonly adapterName: string;
  readonly #inner: PrismaBetterSqlite3;

  constructor(url: string) {
    this.#inner = new PrismaBetterSqlite3({ url, timeout: 5000 });
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return withPragmas(await this.#inner.connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return withPragmas(await this.#inner.connectToShadowDb());
  }
}

async function withPragmas(adapter: SqlDriverAdapter): Promise<SqlDriverAdapter> {
  reusePreparedStatements((adapter as unknown as { client: Sqlite.Database }).client);
  for (const pragma of SQLITE_PRAGMAS)
    await adapter.executeRaw({ sql: pragma, args: [], argTypes: [] }).catch(async () => {
      // journal_mode returns a row, which executeRaw rejects on some drivers; queryRaw accepts it.
      await adapter.queryRaw({ sql: pragma, args: [], argTypes: [] });
    });
  // Without statistics SQLite's planner can pick the wrong index (today's reviews by a learner's
  // whole history: 60 ms instead of 0.3 ms); this gathers them where missing or stale, cheaply.
  await adapter.executeRaw({ sql: "PRAGMA optimize = 0x10002", args: [], argTypes: [] });
  return adapter;
}

const STATEMENTS_KEPT = 500;

/**
 * Prisma opens its transactions with a plain BEGIN, which takes the write lock only at the first
 * write: when another process (a script, the reminders job) writes after the transaction's first
 * read, that write fails at once with SQLITE_BUSY_SNAPSHOT. BEGIN IMMEDIATE waits for the other
 * writer instead (busy_timeout); this process runs one transaction at a time anyway. When the other
 * writer holds the lock longer than that, a plain BEGIN follows: the adapter never releases its
 * transaction lock when BEGIN throws, which would stall every later transaction.
 */
function beginWriteTransaction(prepare: (sql: string) => Sqlite.Statement): Sqlite.Statement {
  const immediate = prepare("BEGIN IMMEDIATE");
  const deferred = prepare("BEGIN");
  const view = {
    run: () => {
      try {
        return immediate.run();
      } catch (error) {
        if (!String((error as { code?: unknown }).code).startsWith("SQLITE_BUSY")) throw error;
        return deferred.run();
      }
    },
  };
  return view as unknown as Sqlite.Statement;
}

/**
 * Prisma's adapter prepares every statement anew (a tenth of the grade path's CPU); the same SQL is
 * prepared once here and kept. A better-sqlite3 statement can be bound only once, so the adapter
 * gets a view that passes its arguments at each call instead. Statements Prisma did not write
 * (BEGIN, PRAGMA) and an overfull cache fall back to preparing anew.
 */
function reusePreparedStatements(client: Sqlite.Database): void {
  const prepare = client.prepare.bind(client);
  const kept = new Map<string, Sqlite.Statement>();
  const begin = beginWriteTransaction(prepare);
  client.prepare = ((sql: string) => {
    if (sql === "BEGIN") return begin;
    let statement = kept.get(sql);
    if (!statement) {
      statement = prepare(sql);
      if (kept.size >= STATEMENTS_KEPT || (!statement.reader && !/^\s*(?:INSERT|UPDATE|DELETE|SELECT)\b/i.test(sql)))
        return statement;
      kept.set(sql, statement);
    }
    return boundView(statement);
  }) as typeof client.prepare;
}

/** What Prisma's adapter calls on a statement, with the arguments of `bind` passed at each call. */
function boundView(statement: Sqlite.Statement) {
  const view = {
    reader: statement.reader,
    bind: (args: unknown[]) => ({
      reader: statement.reader,
      columns: () => statement.columns(),
      run: () => statement.run(...args),
      raw: () => ({ all: () => statement.raw(true).all(...args) }),
    }),
  };
  return view as unknown as Sqlite.Statement;
}

export function createAdapterFactory(target: DatabaseTarget): SqlMigrationAwareDriverAdapterFactory {
  if (target.provider === "postgresql")
    return new PrismaPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  mkdirSync(path.dirname(target.file), { recursive: true });
  return new SqliteAdapterFactory(target.url);
}
