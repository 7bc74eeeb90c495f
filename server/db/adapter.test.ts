import Database from "better-sqlite3";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
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

  it("a transaction that reads and then writes waits for another process's write instead of failing", async () => {
    await temp.db.user.create({
      data: { id: "tx-user", email: "tx@example.test", createdAt: new Date(0), updatedAt: new Date(0) },
    });
    let other: Promise<void> = Promise.resolve();
    await temp.db.$transaction(async (tx) => {
      await tx.user.findUniqueOrThrow({ where: { id: "tx-user" } });
      other = writeFromAnotherThread(temp.file, `UPDATE "User" SET "name" = 'other' WHERE "id" = 'tx-user'`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await tx.user.update({ where: { id: "tx-user" }, data: { name: "transaction" } });
    });
    await other;
    const user = await temp.db.user.findUniqueOrThrow({ where: { id: "tx-user" } });
    expect(user.name).toBe("other"); // it waited for the transaction, then wrote
  });

  it("a transaction that cannot get the write lock in time still ends, and the next one runs", async () => {
    const holding = holdWriteLockFromAnotherThread(temp.file, 5_800);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the other thread has the lock
    const first = await temp.db
      .$transaction(async (tx) => tx.user.findMany({ take: 1 }), { maxWait: 10_000, timeout: 20_000 })
      .then(() => "ran")
      .catch(() => "failed");
    await holding;
    expect(["ran", "failed"]).toContain(first);
    const next = await temp.db.$transaction(async (tx) => tx.user.count(), { maxWait: 2_000 });
    expect(next).toBeGreaterThanOrEqual(0);
  }, 20_000);

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

/** Runs `sql` on a connection of its own in a worker thread, which waits for locks as another process would. */
function writeFromAnotherThread(file: string, sql: string): Promise<void> {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const code = `const { workerData } = require("node:worker_threads");
    const db = new (require(workerData.driver))(workerData.file, { timeout: 5000 });
    db.exec(workerData.sql);
    db.close();`;
  const worker = new Worker(code, { eval: true, workerData: { driver, file, sql } });
  return new Promise((resolve, reject) => {
    worker.on("error", reject);
    worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
  });
}

/** Holds the write lock (BEGIN IMMEDIATE) on a connection of its own in a worker thread for `ms`, then lets go. */
function holdWriteLockFromAnotherThread(file: string, ms: number): Promise<void> {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const code = `const { workerData } = require("node:worker_threads");
    const db = new (require(workerData.driver))(workerData.file);
    db.exec("BEGIN IMMEDIATE");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.ms);
    db.exec("ROLLBACK");
    db.close();`;
  const worker = new Worker(code, { eval: true, workerData: { driver, file, ms } });
  return new Promise((resolve, reject) => {
    worker.on("error", reject);
    worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
  });
}
