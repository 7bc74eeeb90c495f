// npm run bench:progress — GET /progress, one request after another, for the demo learner (a year of
// history, ~300 000 reviews) on `next start` with SQLite, and reports the server's response time to
// the full HTML body. A benchmark, not a test: results go in docs/benchmarks.md. Needs `next build` first.
import { DEMO_EMAIL, seedDemoLearner } from "../demo-seed";
import { benchDatabase, percentile, sessionCookie, startBenchServer, requireProductionBuild } from "./bench-server";

const REQUESTS = Number(process.argv[2] ?? 50);
const WARM_UP = 5;
const MARKER = 'data-testid="progress-dashboard"';

requireProductionBuild();

const bench = await benchDatabase("faq-bench-progress-");
const { db } = bench;
const now = new Date();
const seeded = await seedDemoLearner(db, { email: DEMO_EMAIL, now });
// A learner with no history, for the cost of the page itself (session, layout, rendering).
const empty = await db.user.create({ data: { email: "empty@example.test", createdAt: now, updatedAt: now } });
await db.$disconnect();
console.log(
  `seeded ${seeded.reviews} reviews, ${seeded.cards} cards, ${seeded.quizAttempts} quiz attempts in ${(seeded.ms / 1000).toFixed(1)} s`,
);

const [cookie, emptyCookie] = await Promise.all([sessionCookie(seeded.userId), sessionCookie(empty.id)]);
const server = await startBenchServer(bench);

try {
  const failures: string[] = [];
  const load = async (session = cookie) => {
    const t0 = performance.now();
    const response = await fetch(`${server.base}/progress`, {
      headers: { cookie: session },
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
  for (let i = 0; i < REQUESTS; i++) emptyTimes.push(await load(emptyCookie));

  const report = (label: string, samples: number[]) => {
    samples.sort((a, b) => a - b);
    const pct = (p: number) => percentile(samples, p).toFixed(0);
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
  server.stop();
  bench.remove();
}
