// What the HTTP benchmarks share: a migrated SQLite database in a folder of their own, `next start`
// on it on a free port, session cookies it accepts, and percentiles of the timings.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { compileDeck } from "../../lib/content/compile-deck";
import { importDecks } from "../../server/content/import-decks";
import { createDatabase, type Database } from "../../server/db/connection";
import { databaseTarget } from "../../server/db/database-url";
import { migrate } from "../db/migrate";
import { syntheticFaq } from "./synthetic-faq";
import { startThrowawayPostgres } from "./throwaway-postgres";

const SECRET = "bench-only-secret-0123456789abcdef0123456789abcdef";
const COOKIE_NAME = "authjs.session-token";

/** Stops the benchmark unless there is a production build for `next start` to serve. */
export function requireProductionBuild(): void {
  if (existsSync(".next/BUILD_ID")) return;
  console.error("No production build in .next: run `npm run build` first.");
  process.exit(1);
}

/**
 * A fresh, migrated database: SQLite in a temp folder, or with BENCH_POSTGRES=1 a throwaway
 * PostgreSQL cluster; `remove` deletes it.
 */
export async function benchDatabase(prefix: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const postgres = process.env.BENCH_POSTGRES ? startThrowawayPostgres(await freePort()) : null;
  const url = postgres?.url ?? `file:${path.join(dir, "bench.db")}`;
  await migrate(databaseTarget(url));
  return {
    dir,
    url,
    db: createDatabase(databaseTarget(url)),
    remove: () => {
      postgres?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A generated deck of `entries` FAQ entries (scripts/bench/synthetic-faq.ts), imported; its id. */
export async function importSyntheticDeck(db: Database, entries: number, now: Date, slug = "bench"): Promise<string> {
  const deck = compileDeck({
    slug,
    manifest: { path: `${slug}/deck.yaml`, bytes: Buffer.from(`title: ${slug}\nlanguage: zh-CN\n`) },
    faqs: [{ path: `${slug}/faq.md`, bytes: Buffer.from(syntheticFaq(entries)) }],
  });
  await importDecks(db, [deck], now);
  return (await db.deck.findUniqueOrThrow({ where: { slug } })).id;
}

/** `next start` on the database, once its health check answers; `stop` ends it. */
export async function startBenchServer({ dir, url }: { dir: string; url: string }) {
  const port = await freePort();
  // BENCH_CPU_PROFILE=DIR: the same server under `node --cpu-prof`, its profile written to DIR at stop.
  const profile = process.env.BENCH_CPU_PROFILE;
  const [command, args] = profile
    ? [process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profile}`, "scripts/bench/profiled-server.mjs", String(port)]]
    : ["npx", ["next", "start", "-p", String(port)]];
  const server = spawn(command, args, {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: url,
      AUTH_SECRET: SECRET,
      DATA_DIR: dir,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
    detached: true,
  });
  const stop = () => process.kill(-server.pid!, "SIGTERM");
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; !(await healthy(base)); i++) {
      if (i > 120) throw new Error("server did not start");
      await new Promise((r) => setTimeout(r, 500));
    }
  } catch (error) {
    stop();
    throw error;
  }
  return { base, stop };
}

/** A `cookie` header value that signs this user in. */
export async function sessionCookie(userId: string): Promise<string> {
  const token = await encode({
    token: { sub: userId, ver: 0, sid: randomUUID() },
    secret: SECRET,
    salt: COOKIE_NAME,
    maxAge: 3600,
  });
  return `${COOKIE_NAME}=${token}`;
}

/** The p-th percentile of samples sorted in ascending order. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function healthy(base: string): Promise<boolean> {
  return fetch(`${base}/api/health`).then(
    (r) => r.ok,
    () => false,
  );
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
