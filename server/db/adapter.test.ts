import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempSqlite } from "@/server/test/temp-database";

describe("the embedded SQLite database", () => {
  let temp: Awaited<ReturnType<typeof createTempSqlite>>;
  beforeAll(async () => {
    temp = await createTempSqlite();
  });
  afterAll(() => temp.cleanUp());

  it("runs every connection with WAL, synchronous=FULL, a busy timeout and foreign keys", async () => {
    const [sync] = await temp.db.$queryRawUnsafe<{ synchronous: bigint }[]>("PRAGMA synchronous");
    const [journal] = await temp.db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [timeout] = await temp.db.$queryRawUnsafe<{ timeout: bigint }[]>("PRAGMA busy_timeout");
    const [fk] = await temp.db.$queryRawUnsafe<{ foreign_keys: bigint }[]>("PRAGMA foreign_keys");
    expect(Number(sync!.synchronous)).toBe(2); // FULL
    expect(journal!.journal_mode).toBe("wal");
    expect(Number(timeout!.timeout)).toBe(5000);
    expect(Number(fk!.foreign_keys)).toBe(1);
  });

  it("records applied migrations in Prisma's own table, and applying again does nothing", async () => {
    const raw = new Database(temp.file, { readonly: true });
    const rows = raw.prepare("SELECT migration_name, finished_at FROM _prisma_migrations").all() as {
      migration_name: string;
      finished_at: string | null;
    }[];
    raw.close();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    const { migrate } = await import("@/scripts/db/migrate");
    const { databaseTarget } = await import("@/server/db/database-url");
    expect(await migrate(databaseTarget(`file:${temp.file}`))).toEqual([]);
  });
});
