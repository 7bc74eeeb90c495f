// npm run bench:optimize — fitting the demo learner's FSRS parameters (a year of history, ~300 000
// reviews; scripts/demo-seed.ts) on SQLite. First in this process: reading the log, the fit in its
// worker thread, log loss and RMSE(bins) of defaults vs fitted, and this thread's event-loop delay
// meanwhile. Then on `next start`: a grade starts the fit (after the response), and GET /api/health
// every 50 ms measures how long other requests wait while it runs. Goal: p99 and max under 200 ms.
// A benchmark, not a test: results go in docs/benchmarks.md. Needs `next build` first.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { fitParameters } from "../../lib/study/fsrs/fit";
import { trainingItems } from "../../lib/study/fsrs/training-items";
import { fitOffThread } from "../../server/study/fsrs-fit-off-thread";
import { readReviewColumns } from "../../server/study/fsrs-parameters";
import { DEMO_EMAIL, seedDemoLearner } from "../demo-seed";
import { benchDatabase, percentile, sessionCookie, startBenchServer, requireProductionBuild } from "./bench-server";

const HEALTH_EVERY_MS = 50;

requireProductionBuild();

const bench = await benchDatabase("faq-bench-optimize-");
const { db } = bench;
const now = new Date();
const seeded = await seedDemoLearner(db, { email: DEMO_EMAIL, now });
console.log(`seeded ${seeded.reviews} reviews, ${seeded.cards} cards in ${(seeded.ms / 1000).toFixed(1)} s`);

const ms = (from: number) => `${(performance.now() - from).toFixed(0)} ms`;
const summary = (label: string, samples: number[]) => {
  samples.sort((a, b) => a - b);
  const pct = (p: number) => percentile(samples, p).toFixed(0);
  return `${label} ×${samples.length}: p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${samples.at(-1)!.toFixed(0)} ms`;
};

try {
  // 1. In this process, step by step.
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let t = performance.now();
  const columns = await readReviewColumns(db, seeded.userId, now);
  console.log(`read ${columns.card.length} reviews in ${ms(t)}`);
  t = performance.now();
  const result = await fitOffThread(columns);
  const fitMs = performance.now() - t;
  delay.disable();
  if (!result.ok) throw new Error(`no fit: ${result.reason}`);
  console.log(
    `fit in the worker (training items, optimizer, both evaluations) in ${(fitMs / 1000).toFixed(1)} s on ${result.items} training items`,
  );
  console.log(
    `log loss defaults ${result.defaults.logLoss.toFixed(4)} → fitted ${result.fitted.logLoss.toFixed(4)}; RMSE(bins) ${result.defaults.rmseBins.toFixed(4)} → ${result.fitted.rmseBins.toFixed(4)}`,
  );
  console.log(
    `event-loop delay meanwhile: p50 ${(delay.percentile(50) / 1e6).toFixed(0)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms, max ${(delay.max / 1e6).toFixed(0)} ms`,
  );
  // The same fit on this thread, for the split between building items and the optimizer.
  t = performance.now();
  const items = trainingItems(await readReviewColumns(db, seeded.userId, now));
  const itemsMs = performance.now() - t;
  t = performance.now();
  await fitParameters(items);
  console.log(`on the main thread: items ${itemsMs.toFixed(0)} ms, optimizer + evaluations ${ms(t)}`);

  // 2. On the server: a grade starts the fit after its response; health checks meanwhile.
  const card = await db.userCard.findFirstOrThrow({
    where: { userId: seeded.userId, suspended: false },
    select: { id: true, version: true },
  });
  await db.$disconnect();
  const server = await startBenchServer(bench);
  try {
    const health = async () => {
      const t0 = performance.now();
      await (await fetch(`${server.base}/api/health`)).text();
      return performance.now() - t0;
    };
    const baseline: number[] = [];
    for (let i = 0; i < 40; i++) {
      baseline.push(await health());
      await new Promise((r) => setTimeout(r, HEALTH_EVERY_MS));
    }
    const cookie = await sessionCookie(seeded.userId);
    const started = performance.now();
    const graded = await fetch(`${server.base}/api/study/grade`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({
        clientReviewId: "bench-optimize-1",
        userCardId: card.id,
        version: card.version,
        grade: "good",
      }),
    });
    if (!graded.ok) throw new Error(`grade: ${graded.status} ${await graded.text()}`);
    const during: number[] = [];
    const slow: string[] = [];
    const watcher = bench.db;
    for (;;) {
      const at = performance.now() - started;
      during.push(await health());
      if (during.at(-1)! > 200) slow.push(`${during.at(-1)!.toFixed(0)} ms at ${(at / 1000).toFixed(1)} s`);
      const row = await watcher.fsrsParameters.findUnique({
        where: { userId: seeded.userId },
        select: { fitStartedAt: true, lastOutcome: true, logLossDefault: true, logLossFitted: true },
      });
      if (row?.lastOutcome && !row.fitStartedAt) {
        console.log(
          `server: fit done ${((performance.now() - started) / 1000).toFixed(1)} s after the grade (${row.lastOutcome}; log loss ${row.logLossDefault?.toFixed(4)} → ${row.logLossFitted?.toFixed(4)})`,
        );
        break;
      }
      if (performance.now() - started > 15 * 60_000) throw new Error("the server's fit did not finish");
      await new Promise((r) => setTimeout(r, HEALTH_EVERY_MS));
    }
    console.log(summary("GET /api/health before the fit", baseline));
    console.log(summary("GET /api/health while the server fits", during));
    console.log(`answers over 200 ms (time since the grade): ${slow.join(", ") || "none"}`);
  } finally {
    server.stop();
  }
} finally {
  await db.$disconnect();
  bench.remove();
}
