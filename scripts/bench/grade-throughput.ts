// npm run bench:grade-throughput [seconds per round] [rounds] — the app's grade route against the
// bare baseline (scripts/bench/bare-grade-server.ts) on the same database, side by side in one run:
//  1. closed loop: 50 connections each sending its next grade as soon as the last is answered,
//     app and bare alternating in rounds; the ratio of their throughputs is the figure;
//  2. open loop: grades arriving at random (Poisson) at 100/s and 25/s, latency percentiles.
// SQLite in WAL mode with synchronous=FULL, for both.
// A benchmark, not a test: results go in docs/benchmarks.md. Needs `next build` first.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import http from "node:http";
import { ensureUserCards } from "../../server/study/study-service";
import {
  benchDatabase,
  freePort,
  percentile,
  sessionCookie,
  startBenchServer,
  requireProductionBuild,
  importSyntheticDeck,
} from "./bench-server";

const SECONDS = Number(process.argv[2] ?? 8);
const ROUNDS = Number(process.argv[3] ?? 3);
const CONNECTIONS = 50;
const GRADES = ["again", "hard", "good", "easy"] as const;

requireProductionBuild();

const bench = await benchDatabase("faq-bench-grades-");
const { db } = bench;
const now = new Date();
// Enough cards that none is graded "again" eight times in a run: a leech is suspended, and its next grade refused.
const deckId = await importSyntheticDeck(db, 5_000, now);
const user = await db.user.create({ data: { email: "bench@example.test", createdAt: now, updatedAt: now } });
await ensureUserCards(db, user.id, deckId, now);
const cards = (await db.userCard.findMany({ where: { userId: user.id }, select: { id: true } })).map((c) => c.id);
await db.$disconnect();

const cookie = await sessionCookie(user.id);
const app = await startBenchServer(bench);
const bare = await startBareServer(bench.url);
// Each connection grades its own cards in turn, so that no two requests race for one card.
const versions = new Map(cards.map((id) => [id, 0]));
const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });

try {
  // Warm-up: the app's server reaches its steady pace only after some 15 s under load (its JIT and
  // Prisma's caches), the bare one within a second; a server in use has long been warm.
  for (const target of [bare.base, app.base]) await closedLoop(target, Math.max(2, 2 * SECONDS));
  const rounds: { target: string; grades: number; latencies: number[] }[] = [];
  for (let round = 0; round < ROUNDS; round++)
    for (const [name, base] of [
      ["bare", bare.base],
      ["app", app.base],
    ] as const)
      rounds.push({ target: name, ...(await closedLoop(base, SECONDS)) });
  const total = (name: string) => rounds.filter((r) => r.target === name);
  const rate = (rs: typeof rounds) => rs.reduce((s, r) => s + r.grades, 0) / (rs.length * SECONDS);
  const latency = (rs: typeof rounds) => stats(rs.flatMap((r) => r.latencies));
  console.log(`closed loop, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s each, alternated:`);
  for (const r of rounds) console.log(`  ${r.target.padEnd(4)} ${(r.grades / SECONDS).toFixed(0)} grades/s`);
  for (const name of ["bare", "app"])
    console.log(`  ${name}: ${rate(total(name)).toFixed(0)} grades/s, ${latency(total(name))}`);
  console.log(`  app / bare: ${((100 * rate(total("app"))) / rate(total("bare"))).toFixed(1)} %`);
  for (const perSecond of [100, 25])
    for (const [name, base] of [
      ["bare", bare.base],
      ["app", app.base],
    ] as const)
      console.log(`open loop, Poisson ${perSecond}/s, ${name}: ${stats(await openLoop(base, perSecond, 15))}`);
} finally {
  app.stop();
  bare.stop();
  agent.destroy();
  bench.remove();
}

function stats(latencies: number[]): string {
  latencies.sort((a, b) => a - b);
  const p = (q: number) => percentile(latencies, q).toFixed(1);
  return `×${latencies.length} p50 ${p(50)} ms, p99 ${p(99)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`;
}

async function closedLoop(base: string, seconds: number) {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, connection) => {
      const own = cards.filter((_, i) => i % CONNECTIONS === connection);
      for (let i = 0; performance.now() < until; i++) latencies.push(await timedGrade(base, own[i % own.length]!));
    }),
  );
  return { grades: latencies.length, latencies };
}

/** Grades sent at exponentially distributed intervals, whatever the answers' pace. */
async function openLoop(base: string, perSecond: number, seconds: number) {
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const until = performance.now() + seconds * 1000;
  const busy = new Set<string>();
  for (let i = 0; performance.now() < until; i++) {
    await new Promise((r) => setTimeout(r, -Math.log(1 - Math.random()) * (1000 / perSecond)));
    let id = cards[i % cards.length]!;
    while (busy.has(id)) id = cards[++i % cards.length]!;
    busy.add(id);
    pending.push(
      timedGrade(base, id).then((ms) => {
        latencies.push(ms);
        busy.delete(id);
      }),
    );
  }
  await Promise.all(pending);
  return latencies;
}

async function timedGrade(base: string, userCardId: string): Promise<number> {
  const version = versions.get(userCardId)!;
  const body = JSON.stringify({
    clientReviewId: randomUUID(),
    userCardId,
    version,
    grade: GRADES[(version + userCardId.length) % 4],
  });
  const started = performance.now();
  const { status, text } = await post(`${base}/api/study/grade`, body);
  const took = performance.now() - started;
  if (status !== 200) throw new Error(`grade answered ${status}: ${text.slice(0, 200)}`);
  versions.set(userCardId, (JSON.parse(text) as { version: number }).version);
  return took;
}

function post(url: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", cookie, "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () => resolve({ status: response.statusCode!, text: Buffer.concat(chunks).toString() }));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

async function startBareServer(url: string) {
  const port = await freePort();
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/bench/bare-grade-server.ts", url, String(port)], {
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) =>
      http.get(base, (r) => resolve(!!r.resume())).on("error", () => resolve(false)),
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, stop: () => process.kill(-server.pid!, "SIGTERM") };
}
