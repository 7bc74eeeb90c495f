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
import { computeDecayFactor, Rating } from "ts-fsrs";
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
  /** The days on which to count memorized cards (NaN on the others); every day when left out. */
  memorizedOn?: ReadonlySet<number>;
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
  const { settings, costs, now, days } = input;
  const f = scheduler(settings);
  // ts-fsrs's forgetting curve, its constants taken once: its own function recomputes them per call.
  const { decay, factor } = computeDecayFactor(f.parameters.w);
  const recall = (elapsed: number, s: number) => Math.pow(1 + (factor * elapsed) / s, decay);
  const random = xoroshiro128plus(input.seed);
  const n = input.cards.length;
  // Struct of arrays and a list of cards per due day: a year over twenty thousand cards stays fast.
  const stability = new Float64Array(n);
  const difficulty = new Float64Array(n);
  const lastDay = new Float64Array(n);
  const studied: number[] = [];
  const dueOn: number[][] = Array.from({ length: days }, () => []);
  const newQueue: number[] = [];
  const schedule = (i: number, state: { stability: number; difficulty: number }, day: number) => {
    stability[i] = state.stability;
    difficulty[i] = state.difficulty;
    lastDay[i] = day;
    const due = day + Math.max(1, f.next_interval(state.stability, 0));
    if (due < days) dueOn[due]!.push(i);
  };
  input.cards.forEach((card, i) => {
    if (card.state === "new" || !card.lastReview || card.stability <= 0 || card.difficulty < 1) {
      newQueue.push(i);
      return;
    }
    studied.push(i);
    stability[i] = card.stability;
    difficulty[i] = card.difficulty;
    lastDay[i] = (card.lastReview.getTime() - now.getTime()) / DAY_MS;
    const due = Math.max(0, Math.floor((card.due.getTime() - now.getTime()) / DAY_MS));
    if (due < days) dueOn[due]!.push(i);
  });
  const learnPresses = Math.max(1, settings.learningSteps.length);
  // Cards due and not yet reviewed (over the daily limit), oldest first.
  let waiting: number[] = [];
  let nextNew = 0;
  let reviewAllowance = 0;
  let newAllowance = 0;
  const out: SimulatedDay[] = [];
  for (let day = 0; day < days; day++) {
    const due = waiting.length ? waiting.concat(dueOn[day]!) : dueOn[day]!;
    // Limits may be fractional (a sample of the cards has a share of them): the fraction carries over.
    reviewAllowance += settings.maxReviewsPerDay;
    newAllowance += settings.newPerDay;
    const reviews = Math.min(due.length, Math.floor(reviewAllowance));
    reviewAllowance -= Math.floor(reviewAllowance);
    waiting = due.length > reviews ? due.slice(reviews) : [];
    let seconds = 0;
    for (let k = 0; k < reviews; k++) {
      const i = due[k]!;
      const elapsed = Math.max(0, day - lastDay[i]!);
      const r = recall(elapsed, stability[i]!);
      const recalled = uniformFloat64(random) < r;
      seconds += recalled ? costs.reviewSeconds : costs.lapseSeconds;
      const memory = { stability: stability[i]!, difficulty: difficulty[i]! };
      schedule(i, f.next_state(memory, elapsed, recalled ? Rating.Good : Rating.Again, r), day);
    }
    let newCards = 0;
    while (newCards < Math.floor(newAllowance) && nextNew < newQueue.length) {
      const i = newQueue[nextNew++]!;
      let state = f.next_state(null, 0, Rating.Good);
      for (let press = 1; press < learnPresses; press++) state = f.next_state(state, 0, Rating.Good);
      studied.push(i);
      schedule(i, state, day);
      newCards++;
      seconds += costs.newCardSeconds;
    }
    newAllowance -= Math.floor(newAllowance);
    let memorized = Number.NaN;
    if (!input.memorizedOn || input.memorizedOn.has(day)) {
      memorized = 0;
      for (const i of studied) memorized += recall(day + 1 - lastDay[i]!, stability[i]!);
    }
    out.push({ reviews, newCards, minutes: seconds / 60, memorized });
  }
  return out;
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

/** Above this many cards, "Help me decide" simulates an even sample of them (see `sampled`). */
export const MAX_SIMULATED_CARDS = 2000;

/**
 * At most `max` of the cards, drawn at random (seeded), with the daily limits shrunk in proportion, and the
 * factor to scale the simulated counts back up by: a year of a 20 000-card collection at ten
 * retentions then costs what 2 000 cards do.
 */
export function sampled(input: Omit<SimulationInput, "days">, max: number) {
  const n = input.cards.length;
  if (n <= max) return { input, scale: 1 };
  // A seeded partial shuffle, kept in the cards' order (new cards are introduced in that order).
  const random = xoroshiro128plus(input.seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let k = 0; k < max; k++) {
    const j = k + Math.floor(uniformFloat64(random) * (n - k));
    [order[k], order[j]] = [order[j]!, order[k]!];
  }
  const cards = order
    .slice(0, max)
    .sort((a, b) => a - b)
    .map((i) => input.cards[i]!);
  const share = max / n;
  const settings = {
    ...input.settings,
    newPerDay: input.settings.newPerDay * share,
    maxReviewsPerDay: input.settings.maxReviewsPerDay * share,
  };
  return { input: { ...input, cards, settings }, scale: n / max };
}

function scaled(summary: WorkloadSummary, scale: number): WorkloadSummary {
  return {
    days: summary.days,
    reviewsPerDay: summary.reviewsPerDay * scale,
    newPerDay: summary.newPerDay * scale,
    minutesPerDay: summary.minutesPerDay * scale,
    memorized: summary.memorized * scale,
  };
}

/** One simulation per retention over the longest horizon, summarized for each horizon. */
export function workloadGrid(
  full: Omit<SimulationInput, "days">,
  retentions: readonly number[] = RETENTION_GRID,
  maxCards = MAX_SIMULATED_CARDS,
): WorkloadPoint[] {
  const { input, scale } = sampled(full, maxCards);
  const longest = Math.max(...HORIZONS);
  return retentions.map((retention) => {
    const days = simulateWorkload({
      ...input,
      days: longest,
      settings: { ...input.settings, desiredRetention: retention },
      memorizedOn: new Set(HORIZONS.map((h) => h - 1)),
    });
    return {
      retention,
      ...(Object.fromEntries(HORIZONS.map((h) => [h, scaled(summarize(days, h), scale)])) as Record<
        Horizon,
        WorkloadSummary
      >),
    };
  });
}
