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

  it("gathers the planner's statistics when a connection opens on tables that have none", async () => {
    const raw = new Database(temp.file);
    const insert = raw.prepare(`INSERT INTO "User" ("id", "email", "createdAt", "updatedAt") VALUES (?, ?, ?, ?)`);
    raw.transaction(() => {
      for (let i = 0; i < 2_000; i++) insert.run(`u${i}`, `u${i}@example.test`, "2026-11-25", "2026-11-25");
    })();
    const stats = () => raw.prepare(`SELECT count(*) AS n FROM sqlite_stat1 WHERE tbl = 'User'`).get() as { n: number };
    expect(stats().n).toBe(0);
    const { createDatabase } = await import("@/server/db/connection");
    const { databaseTarget } = await import("@/server/db/database-url");
    const db = createDatabase(databaseTarget(`file:${temp.file}`));
    await db.user.count();
    expect(stats().n).toBeGreaterThan(0);
    await db.$disconnect();
    raw.close();
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
