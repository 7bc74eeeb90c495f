import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
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
  for (const pragma of SQLITE_PRAGMAS)
    await adapter.executeRaw({ sql: pragma, args: [], argTypes: [] }).catch(async () => {
      // journal_mode returns a row, which executeRaw rejects on some drivers; queryRaw accepts it.
      await adapter.queryRaw({ sql: pragma, args: [], argTypes: [] });
    });
  return adapter;
}

export function createAdapterFactory(target: DatabaseTarget): SqlMigrationAwareDriverAdapterFactory {
  if (target.provider === "postgresql")
    return new PrismaPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  mkdirSync(path.dirname(target.file), { recursive: true });
  return new SqliteAdapterFactory(target.url);
}
