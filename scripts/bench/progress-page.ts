// npm run bench:progress — GET /progress, one request after another, for the demo learner (a year of
// history, ~300 000 reviews) on `next start` with SQLite, and reports the server's response time to
// the full HTML body. A benchmark, not a test: results go in docs/benchmarks.md. Needs `next build` first.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { createDatabase } from "../../server/db/connection";
import { databaseTarget } from "../../server/db/database-url";
import { migrate } from "../db/migrate";
import { DEMO_EMAIL, seedDemoLearner } from "../demo-seed";

const REQUESTS = Number(process.argv[2] ?? 50);
const WARM_UP = 5;
const SECRET = "bench-only-secret-0123456789abcdef0123456789abcdef";
const MARKER = 'data-testid="progress-dashboard"';

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build in .next: run `npm run build` first.");
  process.exit(1);
}

const dir = mkdtempSync(path.join(os.tmpdir(), "faq-bench-progress-"));
const url = `file:${path.join(dir, "bench.db")}`;
await migrate(databaseTarget(url));
const db = createDatabase(databaseTarget(url));
const now = new Date();
const seeded = await seedDemoLearner(db, { email: DEMO_EMAIL, now });
// A learner with no history, for the cost of the page itself (session, layout, rendering).
const empty = await db.user.create({ data: { email: "empty@example.test", createdAt: now, updatedAt: now } });
await db.$disconnect();
console.log(
  `seeded ${seeded.reviews} reviews, ${seeded.cards} cards, ${seeded.quizAttempts} quiz attempts in ${(seeded.ms / 1000).toFixed(1)} s`,
);

const cookieName = "authjs.session-token";
const tokenFor = (userId: string) =>
  encode({ token: { sub: userId, ver: 0, sid: randomUUID() }, secret: SECRET, salt: cookieName, maxAge: 3600 });
const [token, emptyToken] = await Promise.all([tokenFor(seeded.userId), tokenFor(empty.id)]);
const port = await freePort();
const server = spawn("npx", ["next", "start", "-p", String(port)], {
  env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: SECRET, DATA_DIR: dir, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "ignore",
  detached: true,
});
const base = `http://127.0.0.1:${port}`;

try {
  for (let i = 0; ; i++) {
    if (i > 120) throw new Error("server did not start");
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const failures: string[] = [];
  const load = async (session = token) => {
    const t0 = performance.now();
    const response = await fetch(`${base}/progress`, {
      headers: { cookie: `${cookieName}=${session}` },
      redirect: "manual",
    });
    const body = await response.text();
    const ms = performance.now() - t0;
    if (response.status !== 200) failures.push(`status ${response.status}`);
    else if (!body.includes(MARKER)) failures.push(`no ${MARKER}`);
    return ms;
  };
  for (let i = 0; i < WARM_UP; i++) await load();
  failures.length = 0;
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) times.push(await load());

  const emptyTimes: number[] = [];
  for (let i = 0; i < REQUESTS; i++) emptyTimes.push(await load(emptyToken));

  const report = (label: string, samples: number[]) => {
    samples.sort((a, b) => a - b);
    const pct = (p: number) =>
      samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))]!.toFixed(0);
    console.log(
      `GET /progress, ${label}, ×${samples.length} (after ${WARM_UP} warm-up): p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${samples.at(-1)!.toFixed(0)} ms`,
    );
  };
  report("demo learner", times);
  report("learner with no history", emptyTimes);
  if (failures.length > 0) {
    console.error(`${failures.length} of ${times.length} responses failed: ${[...new Set(failures)].join(", ")}`);
    process.exitCode = 1;
  }
} finally {
  process.kill(-server.pid!, "SIGTERM");
  rmSync(dir, { recursive: true, force: true });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
