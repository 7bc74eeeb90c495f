// npm run bench:grades — sends 10 000 grades for 10 000 distinct cards through the real HTTP route
// (POST /api/study/grade on `next start`, SQLite in WAL mode) and reports throughput and latency.
// A benchmark, not a test: results are written down in docs/benchmarks.md. Needs `next build` first.
import { randomUUID } from "node:crypto";
import { ensureUserCards } from "../../server/study/study-service";
import { benchDatabase, percentile, sessionCookie, startBenchServer, importSyntheticDeck } from "./bench-server";

const GRADES = Number(process.argv[2] ?? 10_000);
const CONCURRENCY = Number(process.argv[3] ?? 8);

const bench = await benchDatabase("faq-bench-");
const { db } = bench;
const now = new Date();
const deckId = await importSyntheticDeck(db, Math.ceil(GRADES / 4), now);
const user = await db.user.create({ data: { email: "bench@example.test", createdAt: now, updatedAt: now } });
await ensureUserCards(db, user.id, deckId, now);
const cards = (await db.userCard.findMany({ where: { userId: user.id }, select: { id: true }, take: GRADES })).map(
  (c) => c.id,
);
await db.$disconnect();
if (cards.length < GRADES) throw new Error(`only ${cards.length} cards`);

const cookie = await sessionCookie(user.id);
const server = await startBenchServer(bench);

const grade = (userCardId: string) =>
  fetch(`${server.base}/api/study/grade`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
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
server.stop();

latencies.sort((a, b) => a - b);
const pct = (p: number) => percentile(latencies, p).toFixed(1);
console.log(
  `${latencies.length} grades with ${CONCURRENCY} concurrent clients in ${seconds.toFixed(1)} s: ${(latencies.length / seconds).toFixed(0)} grades/s`,
);
console.log(`latency p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`);
console.log(`responses: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(", ")}`);
bench.remove();
