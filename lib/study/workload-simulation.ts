// Workload before committing: day-by-day simulation of a learner's cards at a desired retention,
// on ts-fsrs's own memory model (the scheduler the learner studies with, so fitted parameters
// apply as soon as SchedulerSettings carries them). Anki's simulator works the same way.
//
// Simplifications, on purpose: a day is one step (learning steps are folded into the cost of a
// new card, relearning steps into the cost of a lapse); a due card is recalled with probability
// equal to its retrievability and then graded Good, else Again; a new card is graded Good through
// its learning steps. Cards past the daily review limit wait for the next day.
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { Rating } from "ts-fsrs";
import { scheduler, type MemoryState, type SchedulerSettings } from "./scheduling";
import { HORIZONS, RETENTION_GRID, type Horizon, type WorkloadPoint, type WorkloadSummary } from "./workload-grid";

const DAY_MS = 86_400_000;

/** Seconds one review or one new card costs; see `reviewCosts` for where they come from. */
export type ReviewCosts = { reviewSeconds: number; newCardSeconds: number; lapseSeconds: number };

export type SimulationSettings = SchedulerSettings & { newPerDay: number; maxReviewsPerDay: number };

export type SimulationInput = {
  cards: Pick<MemoryState, "state" | "due" | "stability" | "difficulty" | "lastReview">[];
  settings: SimulationSettings;
  costs: ReviewCosts;
  /** Days to simulate, today first. */
  days: number;
  now: Date;
  seed: number;
};

export type SimulatedDay = {
  reviews: number;
  newCards: number;
  minutes: number;
  /** Expected number of cards remembered at the end of the day (sum of retrievability). */
  memorized: number;
};

/** Defaults until a learner has timed enough reviews of their own. */
export const DEFAULT_REVIEW_SECONDS = 8;
export const DEFAULT_NEW_CARD_SECONDS = 20;
/** Fewer timed reviews than this, and the defaults are used. */
export const MIN_TIMED_REVIEWS = 20;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Seconds per review from the learner's own timings (milliseconds of reviews of cards already in
 * review, and of new or learning cards): a new card costs one answer per learning step, a lapse
 * one answer plus one per relearning step.
 */
export function reviewCosts(
  timings: { reviewMs: number[]; learningMs: number[] },
  settings: Pick<SchedulerSettings, "learningSteps" | "relearningSteps">,
): ReviewCosts {
  const review =
    timings.reviewMs.length >= MIN_TIMED_REVIEWS ? median(timings.reviewMs) / 1000 : DEFAULT_REVIEW_SECONDS;
  const answer = timings.learningMs.length >= MIN_TIMED_REVIEWS ? median(timings.learningMs) / 1000 : null;
  const newCard = answer === null ? DEFAULT_NEW_CARD_SECONDS : answer * Math.max(1, settings.learningSteps.length);
  return {
    reviewSeconds: review,
    newCardSeconds: newCard,
    lapseSeconds: review * (1 + settings.relearningSteps.length),
  };
}

export function simulateWorkload(input: SimulationInput): SimulatedDay[] {
  const { settings, costs, now } = input;
  const f = scheduler(settings);
  const random = xoroshiro128plus(input.seed);
  const n = input.cards.length;
  // Struct of arrays: a year over a thousand cards is a few hundred thousand steps.
  const stability = new Float64Array(n);
  const difficulty = new Float64Array(n);
  const lastDay = new Float64Array(n);
  const dueDay = new Float64Array(n);
  const studied = new Uint8Array(n);
  const newQueue: number[] = [];
  input.cards.forEach((card, i) => {
    if (card.state === "new" || !card.lastReview || card.stability <= 0 || card.difficulty < 1) {
      newQueue.push(i);
      return;
    }
    studied[i] = 1;
    stability[i] = card.stability;
    difficulty[i] = card.difficulty;
    lastDay[i] = (card.lastReview.getTime() - now.getTime()) / DAY_MS;
    dueDay[i] = Math.max(0, Math.floor((card.due.getTime() - now.getTime()) / DAY_MS));
  });
  const learnPresses = Math.max(1, settings.learningSteps.length);
  let nextNew = 0;
  const out: SimulatedDay[] = [];
  for (let day = 0; day < input.days; day++) {
    let reviews = 0;
    let seconds = 0;
    for (let i = 0; i < n; i++) {
      if (!studied[i] || dueDay[i]! > day) continue;
      if (reviews >= settings.maxReviewsPerDay) {
        dueDay[i] = day + 1;
        continue;
      }
      reviews++;
      const elapsed = Math.max(0, day - lastDay[i]!);
      const r = f.forgetting_curve(elapsed, stability[i]!);
      const recalled = uniformFloat64(random) < r;
      seconds += recalled ? costs.reviewSeconds : costs.lapseSeconds;
      const next = f.next_state(
        { stability: stability[i]!, difficulty: difficulty[i]! },
        elapsed,
        recalled ? Rating.Good : Rating.Again,
        r,
      );
      schedule(i, next, day);
    }
    let newCards = 0;
    while (newCards < settings.newPerDay && nextNew < newQueue.length) {
      const i = newQueue[nextNew++]!;
      let state = f.next_state(null, 0, Rating.Good);
      for (let press = 1; press < learnPresses; press++) state = f.next_state(state, 0, Rating.Good);
      studied[i] = 1;
      schedule(i, state, day);
      newCards++;
      seconds += costs.newCardSeconds;
    }
    let memorized = 0;
    for (let i = 0; i < n; i++) if (studied[i]) memorized += f.forgetting_curve(day + 1 - lastDay[i]!, stability[i]!);
    out.push({ reviews, newCards, minutes: seconds / 60, memorized });
  }
  return out;

  function schedule(i: number, state: { stability: number; difficulty: number }, day: number) {
    stability[i] = state.stability;
    difficulty[i] = state.difficulty;
    lastDay[i] = day;
    dueDay[i] = day + Math.max(1, f.next_interval(state.stability, 0));
  }
}

/** Averages over the first `horizon` simulated days. */
export function summarize(days: SimulatedDay[], horizon: number): WorkloadSummary {
  const span = days.slice(0, horizon);
  const mean = (pick: (d: SimulatedDay) => number) =>
    span.length === 0 ? 0 : span.reduce((sum, d) => sum + pick(d), 0) / span.length;
  return {
    days: span.length,
    reviewsPerDay: mean((d) => d.reviews),
    newPerDay: mean((d) => d.newCards),
    minutesPerDay: mean((d) => d.minutes),
    memorized: span.at(-1)?.memorized ?? 0,
  };
}

/** One simulation per retention over the longest horizon, summarized for each horizon. */
export function workloadGrid(
  input: Omit<SimulationInput, "days">,
  retentions: readonly number[] = RETENTION_GRID,
): WorkloadPoint[] {
  const longest = Math.max(...HORIZONS);
  return retentions.map((retention) => {
    const days = simulateWorkload({
      ...input,
      days: longest,
      settings: { ...input.settings, desiredRetention: retention },
    });
    return {
      retention,
      ...(Object.fromEntries(HORIZONS.map((h) => [h, summarize(days, h)])) as Record<Horizon, WorkloadSummary>),
    };
  });
}
