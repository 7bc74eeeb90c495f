// npm run bench:workload — "Help me decide" for the demo learner (a year of history, ~300 000
// reviews): the whole settings-page workload (read cards and timings, simulate every desired
// retention of the grid over 365 days) and the bare simulation over 7 retentions. In-process, on
// SQLite. A benchmark, not a test: results go in docs/benchmarks.md.
import { DEMO_EMAIL, seedDemoLearner } from "../demo-seed";
import { RETENTION_GRID } from "../../lib/study/workload-grid";
import { workloadGrid } from "../../lib/study/workload-simulation";
import { learnerSettings } from "../../server/study/study-service";
import { learnerCosts, learnerWorkload, liveCardStates, WORKLOAD_SEED } from "../../server/study/workload";
import { benchDatabase, percentile } from "./bench-server";

const RUNS = Number(process.argv[2] ?? 5);
const SEVEN = [0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97];

const bench = await benchDatabase("faq-bench-workload-");
const { db } = bench;
const now = new Date();
const seeded = await seedDemoLearner(db, { email: DEMO_EMAIL, now });
console.log(`seeded ${seeded.reviews} reviews, ${seeded.cards} cards in ${(seeded.ms / 1000).toFixed(1)} s`);

async function time(run: () => unknown): Promise<{ p50: number; max: number }> {
  await run(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), max: ms.at(-1)! };
}

const settings = await learnerSettings(db, seeded.userId);
const cards = (await liveCardStates(db, seeded.userId)).filter((c) => !c.suspended);
const costs = await learnerCosts(db, seeded.userId, settings);
const grid = (some: typeof cards, maxCards?: number) => () =>
  workloadGrid({ cards: some, settings, costs, now, seed: WORKLOAD_SEED }, SEVEN, maxCards);
const thousand = await time(grid(cards.slice(0, 1000)));
const sampledRun = await time(grid(cards));
const every = await time(grid(cards, Infinity));
const page = await time(() => learnerWorkload(db, seeded.userId, now));
const fmt = (t: { p50: number; max: number }) => `${t.p50.toFixed(0)} ms (max ${t.max.toFixed(0)})`;
console.log(`${cards.length} cards; costs ${JSON.stringify(costs)}`);
console.log(`simulation, 7 retentions × 365 days, 1 000 of the cards: ${fmt(thousand)}`);
console.log(`simulation, 7 retentions × 365 days, all cards, sampled to 2 000: ${fmt(sampledRun)}`);
console.log(`simulation, 7 retentions × 365 days, every card: ${fmt(every)}`);
console.log(`learnerWorkload, ${RETENTION_GRID.length} retentions × 365 days, reads included: ${fmt(page)}`);
// How far the sample's figures are from simulating every card, at 0.70 over each horizon.
const [sampledAt90] = grid(cards)();
const [everyAt90] = grid(cards, Infinity)();
for (const h of [30, 90, 365] as const) {
  const row = (p: typeof sampledAt90) =>
    `${p![h].reviewsPerDay.toFixed(0)} reviews/day, ${p![h].minutesPerDay.toFixed(1)} min/day, ${p![h].memorized.toFixed(0)} memorized`;
  console.log(`R=0.70, ${h} days — sampled: ${row(sampledAt90)}; every card: ${row(everyAt90)}`);
}
await db.$disconnect();
bench.remove();
