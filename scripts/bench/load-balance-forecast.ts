// npm run bench:load-balance [cards] [days] — a simulated learner (seeded) studies `cards` cards,
// 20 new a day (or 140 every Monday), every due card every day for `days` days, recalling with the scheduler's own
// predicted probability (≈ 0.9 at desired retention 0.9). Every grade goes through the real
// applyGrade; with balancing on, the day is then chosen as on the grade path (balanceWindow,
// chooseInterval, withInterval). Reports the 30-day forecast at the end (peak day, standard
// deviation) and the daily load from day 60 on (peak, standard deviation, weekend share), off vs
// on, and with Saturday and Sunday as easy days; then the grade path's cost on SQLite, off vs on. A benchmark, not a test: results go in docs/benchmarks.md.
import { randomUUID } from "node:crypto";
import { balanceWindow, chooseInterval, type CandidateDay } from "../../lib/study/load-balancer";
import {
  applyGrade,
  newMemoryState,
  recallProbability,
  withInterval,
  type GradeName,
  type MemoryState,
} from "../../lib/study/scheduling";
import { DEFAULT_STUDY_SETTINGS, learnerSettingsFrom, type LearnerSettings } from "../../lib/study/settings";
import { dueTimesIn } from "../../server/study/due-per-hour";
import { ensureUserCards, gradeCard, saveLearnerSettings } from "../../server/study/study-service";
import { benchDatabase, percentile, importSyntheticDeck } from "./bench-server";

const CARDS = Number(process.argv[2] ?? 1000);
const DAYS = Number(process.argv[3] ?? 365);
const NEW_PER_DAY = 20;
const FORECAST_DAYS = 30;
const DAY = 86_400_000;
// UTC, day starts at 4 am: study day i runs from START + i days; sessions at 9 am.
const START = Date.UTC(2026, 0, 5, 4); // a Monday
const dayOf = (at: Date) => Math.floor((at.getTime() - START) / DAY);

/** mulberry32: the same learner every run. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Run = { forecast: number[]; daily: number[]; reviews: number; ms: number };

/** New cards a learner adds on study day `day`: 20 every day, or the week's 140 at once on Mondays. */
const arrivals = {
  steady: () => NEW_PER_DAY,
  weekly: (day: number) => (day % 7 === 0 ? 7 * NEW_PER_DAY : 0),
};

function simulate(settings: LearnerSettings, pattern: keyof typeof arrivals): Run {
  const t0 = performance.now();
  const random = seeded(42);
  const cards: MemoryState[] = [];
  const dueOnDay = new Map<number, number>(); // studied cards per study day of their due time
  const move = (from: Date | null, to: Date) => {
    if (from) dueOnDay.set(dayOf(from), (dueOnDay.get(dayOf(from)) ?? 0) - 1);
    dueOnDay.set(dayOf(to), (dueOnDay.get(dayOf(to)) ?? 0) + 1);
  };
  const daily: number[] = [];
  let reviews = 0;
  for (let day = 0; day < DAYS; day++) {
    const dayEnd = START + (day + 1) * DAY;
    let at = START + day * DAY + 5 * 3_600_000;
    for (let n = 0; n < arrivals[pattern](day) && cards.length < CARDS; n++) cards.push(newMemoryState(new Date(at)));
    let reviewed = 0;
    // Today's due cards, learning steps included, until none is due before the day ends.
    for (let pass = 0; pass < 20; pass++) {
      const due = cards
        .map((m, id) => ({ m, id }))
        .filter(({ m }) => m.due.getTime() < dayEnd)
        .sort((a, b) => a.m.due.getTime() - b.m.due.getTime());
      if (due.length === 0) break;
      for (const { m, id } of due) {
        // Review cards due any time today are shown in the session; learning steps wait for their time.
        at = m.state === "review" || m.state === "new" ? at + 20_000 : Math.max(at + 20_000, m.due.getTime());
        if (at >= dayEnd) break;
        const now = new Date(at);
        const recalled = m.state !== "new" && random() < recallProbability(m, now, settings);
        const roll = random();
        const grade: GradeName =
          m.state === "new"
            ? roll < 0.3
              ? "again"
              : "good"
            : !recalled
              ? "again"
              : roll < 0.05
                ? "hard"
                : roll < 0.1
                  ? "easy"
                  : "good";
        let graded = applyGrade(m, now, grade, settings);
        const window = balanceWindow({ ...graded.after, elapsedDays: graded.record.elapsedDays }, now, settings);
        if (window) {
          const candidates: CandidateDay[] = window.map(({ interval, start, weekday }) => ({
            interval,
            weekday,
            due: dueOnDay.get(dayOf(start)) ?? 0,
          }));
          graded = withInterval(
            graded,
            now,
            chooseInterval(candidates, settings.easyDays, `${id}:${now.toISOString()}`),
          );
        }
        move(m.state === "new" ? null : m.due, graded.after.due);
        cards[id] = graded.after;
        reviewed++;
      }
    }
    daily.push(reviewed);
    reviews += reviewed;
  }
  const today = DAYS;
  const forecast = Array.from({ length: FORECAST_DAYS }, (_, i) =>
    i === 0
      ? cards.filter((m) => m.state !== "new" && dayOf(m.due) <= today).length
      : cards.filter((m) => m.state !== "new" && dayOf(m.due) === today + i).length,
  );
  return { forecast, daily, reviews, ms: performance.now() - t0 };
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
/** The share of the load on Saturdays and Sundays, for daily loads starting on study day `from`. */
const weekendShare = (daily: number[], from: number) =>
  daily.filter((_, i) => [5, 6].includes((from + i) % 7)).reduce((s, x) => s + x, 0) / daily.reduce((s, x) => s + x, 0);

const base = learnerSettingsFrom(DEFAULT_STUDY_SETTINGS);
const variants: [string, LearnerSettings][] = [
  ["off", { ...base, loadBalancing: false }],
  ["on", { ...base, loadBalancing: true }],
  ["on, easy Sat+Sun", { ...base, loadBalancing: true, easyDays: [6, 0] }],
];
console.log(
  `${CARDS} cards, ${DAYS} days, desired retention ${base.desiredRetention}; load = reviews a day, learning steps included`,
);
console.log(
  "| new cards | balancing | reviews | forecast peak (30 d) | forecast SD | daily load peak / SD (days 60+) | weekend share (days 60+) | time |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
for (const pattern of Object.keys(arrivals) as (keyof typeof arrivals)[]) {
  for (const [name, settings] of variants) {
    const run = simulate(settings, pattern);
    const later = run.daily.slice(60);
    console.log(
      `| ${pattern} | ${name} | ${run.reviews} | ${Math.max(...run.forecast)} | ${sd(run.forecast).toFixed(1)} | ${Math.max(...later)} / ${sd(later).toFixed(1)} (mean ${mean(later).toFixed(1)}) | ${(100 * weekendShare(later, 60)).toFixed(1)} % | ${(run.ms / 1000).toFixed(1)} s |`,
    );
  }
}

// The grade path's cost on SQLite: a learner with review cards due over the next year grades review
// cards whose interval is balanced (one extra grouped query), with balancing off and on.
const REVIEW_CARDS = 10_000;
const TIMED = 300;
const bench = await benchDatabase("faq-bench-balance-");
try {
  const { db } = bench;
  const now = new Date();
  const deckId = await importSyntheticDeck(db, Math.ceil(REVIEW_CARDS / 4), now);
  const user = await db.user.create({ data: { email: "bench@example.test", createdAt: now, updatedAt: now } });
  await ensureUserCards(db, user.id, deckId, now);
  const ids = (await db.userCard.findMany({ where: { userId: user.id }, select: { id: true } })).map((c) => c.id);
  const timed = ids.slice(0, 2 * TIMED);
  // Reviewed 10 days ago: "good" now gives about 3 weeks, balanced over several days.
  const review = { state: "review", stability: 12, difficulty: 5, scheduledDays: 10, reps: 4 };
  await db.userCard.updateMany({
    where: { id: { in: timed } },
    data: { ...review, lastReview: new Date(now.getTime() - 10 * DAY), due: now },
  });
  const rest = ids.slice(2 * TIMED);
  for (let day = 0; day < 365; day++) {
    await db.userCard.updateMany({
      where: { id: { in: rest.filter((_, i) => i % 365 === day) } },
      data: { ...review, lastReview: now, due: new Date(now.getTime() + day * DAY + 3_600_000) },
    });
  }
  // Off and on alternate in blocks of 10 grades, so that a busy machine weighs on both alike.
  const times = { off: [] as number[], on: [] as number[] };
  for (let block = 0; block < (2 * TIMED) / 10; block++) {
    const loadBalancing = block % 2 === 1;
    await saveLearnerSettings(db, user.id, { ...DEFAULT_STUDY_SETTINGS, loadBalancing }, now);
    for (const userCardId of timed.slice(block * 10, block * 10 + 10)) {
      const input = { clientReviewId: randomUUID(), userCardId, version: 0, grade: "good" as const };
      const t0 = performance.now();
      const outcome = await gradeCard(db, user.id, input, now);
      if (block >= 2) times[loadBalancing ? "on" : "off"].push(performance.now() - t0); // two blocks warm up
      if (!outcome.ok) throw new Error(outcome.reason);
    }
  }
  const settings = { loadBalancing: true, timeZone: "UTC", dayStartHour: 4 };
  const window = balanceWindow({ state: "review", scheduledDays: 21, elapsedDays: 10 }, now, settings)!;
  const queries: number[] = [];
  for (let i = 0; i < TIMED; i++) {
    const t0 = performance.now();
    await dueTimesIn(db, user.id, window[0]!.start, window.at(-1)!.end);
    queries.push(performance.now() - t0);
  }
  const ms = (samples: number[]) => {
    const sorted = [...samples].sort((a, b) => a - b);
    return `p50 ${percentile(sorted, 50).toFixed(2)} ms, p95 ${percentile(sorted, 95).toFixed(2)} ms`;
  };
  console.log(
    `\ngradeCard on SQLite ("good" on a review card), a learner with ${ids.length} review cards due over a year:`,
  );
  console.log(`| balancing off | ${ms(times.off)} |`);
  console.log(`| balancing on | ${ms(times.on)} |`);
  console.log(`| the due-per-hour query alone (${window.length} days) | ${ms(queries)} |`);
  await db.$disconnect();
} finally {
  bench.remove();
}
