// npm run bench:grades — sends 10 000 grades for 10 000 distinct cards through the real HTTP route
// (POST /api/study/grade on `next start`, SQLite in WAL mode) and reports throughput and latency.
// A benchmark, not a test: results are written down in docs/benchmarks.md. Needs `next build` first.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { compileDeck } from "../../lib/content/compile-deck";
import { importDecks } from "../../server/content/import-decks";
import { createDatabase } from "../../server/db/connection";
import { databaseTarget } from "../../server/db/database-url";
import { ensureUserCards } from "../../server/study/study-service";
import { migrate } from "../db/migrate";
import { syntheticFaq } from "./synthetic-faq";

const GRADES = Number(process.argv[2] ?? 10_000);
const CONCURRENCY = Number(process.argv[3] ?? 8);
const PORT = 3290;
const SECRET = "bench-only-secret-0123456789abcdef0123456789abcdef";

const dir = mkdtempSync(path.join(os.tmpdir(), "faq-bench-"));
const url = `file:${path.join(dir, "bench.db")}`;
await migrate(databaseTarget(url));
const db = createDatabase(databaseTarget(url));
const deck = compileDeck({
  slug: "bench",
  manifest: { path: "bench/deck.yaml", bytes: Buffer.from("title: Bench\nlanguage: zh-CN\n") },
  faqs: [{ path: "bench/faq.md", bytes: Buffer.from(syntheticFaq(Math.ceil(GRADES / 4))) }],
});
const now = new Date();
await importDecks(db, [deck], now);
const deckId = (await db.deck.findUniqueOrThrow({ where: { slug: "bench" } })).id;
const user = await db.user.create({ data: { email: "bench@example.test", createdAt: now, updatedAt: now } });
await ensureUserCards(db, user.id, deckId, now);
const cards = (await db.userCard.findMany({ where: { userId: user.id }, select: { id: true }, take: GRADES })).map(
  (c) => c.id,
);
await db.$disconnect();
if (cards.length < GRADES) throw new Error(`only ${cards.length} cards`);

const cookieName = "authjs.session-token";
const token = await encode({
  token: { sub: user.id, ver: 0, sid: randomUUID() },
  secret: SECRET,
  salt: cookieName,
  maxAge: 3600,
});
const server = spawn("npx", ["next", "start", "-p", String(PORT)], {
  env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: SECRET, DATA_DIR: dir, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "ignore",
  detached: true,
});
const base = `http://127.0.0.1:${PORT}`;
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

const grade = (userCardId: string) =>
  fetch(`${base}/api/study/grade`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: `${cookieName}=${token}` },
    body: JSON.stringify({
      clientReviewId: randomUUID(),
      userCardId,
      version: 0,
      grade: (["again", "hard", "good", "easy"] as const)[userCardId.length % 4],
    }),
  });

for (const id of cards.slice(0, 20)) await grade(id); // warm-up: compile routes, fill caches
const latencies: number[] = [];
const statuses = new Map<number, number>();
let next = 20;
const started = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < cards.length) {
      const id = cards[next++]!;
      const t0 = performance.now();
      const response = await grade(id);
      await response.arrayBuffer();
      latencies.push(performance.now() - t0);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
process.kill(-server.pid!, "SIGTERM");

latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
console.log(
  `${latencies.length} grades with ${CONCURRENCY} concurrent clients in ${seconds.toFixed(1)} s: ${(latencies.length / seconds).toFixed(0)} grades/s`,
);
console.log(`latency p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`);
console.log(`responses: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(", ")}`);
rmSync(dir, { recursive: true, force: true });
