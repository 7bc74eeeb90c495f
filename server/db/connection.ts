import { PrismaClient as SqliteClient } from "@/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/postgresql/client";
import { createAdapterFactory } from "./adapter";
import { databaseTarget, type DatabaseTarget } from "./database-url";

// Both generated clients have the same model API; the SQLite one's type stands for both.
export type Database = SqliteClient;

const providers = new WeakMap<Database, DatabaseTarget["provider"]>();

/** `options`: Prisma's client options besides the adapter, e.g. query events for a benchmark. */
export function createDatabase(
  target: DatabaseTarget = databaseTarget(),
  options: { log?: { emit: "event"; level: "query" }[] } = {},
): Database {
  const adapter = createAdapterFactory(target);
  const db =
    target.provider === "postgresql"
      ? (new PostgresClient({ adapter, ...options }) as unknown as Database)
      : new SqliteClient({ adapter, ...options });
  providers.set(db, target.provider);
  return db;
}

/** Which database a client talks to, for the few raw SQL queries that differ between the two. */
export function databaseProvider(db: Database): DatabaseTarget["provider"] {
  return providers.get(db) ?? "sqlite";
}

/** A client derived from `base` (e.g. by `$extends`) talks to the same kind of database. */
export function derivedFrom(derived: object, base: Database): Database {
  providers.set(derived as Database, databaseProvider(base));
  return derived as Database;
}
