import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { migrate } from "@/scripts/db/migrate";
import { createDatabase, type Database } from "@/server/db/connection";
import { databaseTarget } from "@/server/db/database-url";

type TempDatabase = { db: Database; cleanUp: () => Promise<void> };

/**
 * A migrated database of its own for a test file: a SQLite file in a temp folder, or, when
 * TEST_POSTGRES_URL names a PostgreSQL server (e.g. postgresql://postgres@127.0.0.1:5432/postgres),
 * a new database there that is dropped afterwards.
 */
export async function createTempDatabase(): Promise<TempDatabase> {
  return process.env.TEST_POSTGRES_URL ? createTempPostgres(process.env.TEST_POSTGRES_URL) : createTempSqlite();
}

/** Always SQLite, for tests of the SQLite file itself (pragmas, the file's migrations). */
export async function createTempSqlite(): Promise<TempDatabase & { file: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "faq-study-test-"));
  const target = databaseTarget(`file:${path.join(dir, "test.db")}`);
  await migrate(target);
  const db = createDatabase(target);
  return {
    db,
    file: path.join(dir, "test.db"),
    cleanUp: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createTempPostgres(adminUrl: string): Promise<TempDatabase> {
  const name = `faq_test_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const target = databaseTarget(url.toString());
  await migrate(target);
  const db = createDatabase(target);
  return {
    db,
    cleanUp: async () => {
      await db.$disconnect();
      await admin(`DROP DATABASE "${name}" WITH (FORCE)`);
    },
  };
}

/** SQLite-only checks (query plans) are skipped when the tests run on PostgreSQL. */
export const onPostgres = Boolean(process.env.TEST_POSTGRES_URL);
