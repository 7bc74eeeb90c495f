// Scheduling glue over ts-fsrs: our stored memory state in, ts-fsrs does the scheduling, our
// stored state and review-log fields out. No scheduling arithmetic of our own lives here.
import {
  computeDecayFactor,
  default_w,
  fsrs,
  Rating,
  State,
  type Card,
  type FSRS,
  type Grade,
  type ReviewLog,
  type StepUnit,
} from "ts-fsrs";
import { DEFAULT_STUDY_SETTINGS, learnerSettingsFrom } from "./settings";

import type { CardStateName, GradeName } from "./grades";

export { CARD_STATES, GRADES, type CardStateName, type GradeName } from "./grades";

/** A learner's memory of one card, as stored. Elapsed days are derived from `lastReview`, never stored. */
export type MemoryState = {
  state: CardStateName;
  due: Date;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
};

/** What one grade did, enough to undo it and to re-run the FSRS optimizer later. */
export type ReviewRecord = {
  grade: GradeName;
  reviewedAt: Date;
  stateBefore: CardStateName;
  stateAfter: CardStateName;
  /** ts-fsrs's log of the card as it was before the grade; its `due` is the previous review for a studied card. */
  logDue: Date;
  stabilityBefore: number;
  difficultyBefore: number;
  scheduledDaysBefore: number;
  learningStepsBefore: number;
  elapsedDays: number;
  lastElapsedDays: number;
  /** The card after the grade. */
  stabilityAfter: number;
  difficultyAfter: number;
  scheduledDaysAfter: number;
  dueAfter: Date;
};

export type SchedulerSettings = {
  desiredRetention: number;
  learningSteps: StepUnit[];
  relearningSteps: StepUnit[];
  /** The learner's fitted FSRS parameters (21 numbers), when they predict better than the defaults. */
  parameters?: readonly number[];
};

export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = learnerSettingsFrom(DEFAULT_STUDY_SETTINGS);

/** Anki's rule: a card that lapses this many times is a leech and gets suspended. */
export const LEECH_LAPSES = 8;

export const gradeRatings: Record<GradeName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};
const stateNames: Record<State, CardStateName> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};
export const stateValues: Record<CardStateName, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

export function scheduler(settings: SchedulerSettings): FSRS {
  return fsrs({
    request_retention: settings.desiredRetention,
    learning_steps: settings.learningSteps,
    relearning_steps: settings.relearningSteps,
    enable_fuzz: false,
    ...(settings.parameters ? { w: [...settings.parameters] } : {}),
  });
}

export function newMemoryState(now: Date): MemoryState {
  return {
    state: "new",
    due: now,
    stability: 0,
    difficulty: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    lastReview: null,
  };
}

function toCard(m: MemoryState, now: Date): Card {
  const elapsed = m.lastReview ? Math.max(0, Math.floor((now.getTime() - m.lastReview.getTime()) / 86_400_000)) : 0;
  return {
    due: m.due,
    stability: m.stability,
    difficulty: m.difficulty,
    elapsed_days: elapsed,
    scheduled_days: m.scheduledDays,
    learning_steps: m.learningSteps,
    reps: m.reps,
    lapses: m.lapses,
    state: stateValues[m.state],
    last_review: m.lastReview ?? undefined,
  };
}

function fromCard(card: Card): MemoryState {
  return {
    state: stateNames[card.state],
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ?? null,
  };
}

/** What each button would do now: the card's next state and due date, and a short label such as "10m", "3d", "2mo". */
export function previewGrades(
  m: MemoryState,
  now: Date,
  settings: SchedulerSettings,
): Record<GradeName, { state: CardStateName; due: Date; label: string }> {
  const preview = scheduler(settings).repeat(toCard(m, now), now);
  const entry = (grade: GradeName) => {
    const { due, state } = preview[gradeRatings[grade]].card;
    return { state: stateNames[state], due, label: formatInterval(due.getTime() - now.getTime()) };
  };
  return { again: entry("again"), hard: entry("hard"), good: entry("good"), easy: entry("easy") };
}

export function applyGrade(
  m: MemoryState,
  now: Date,
  grade: GradeName,
  settings: SchedulerSettings,
): { after: MemoryState; record: ReviewRecord; becameLeech: boolean } {
  const { card, log } = scheduler(settings).next(toCard(m, now), now, gradeRatings[grade]);
  const after = fromCard(card);
  return {
    after,
    record: {
      grade,
      reviewedAt: now,
      stateBefore: m.state,
      stateAfter: after.state,
      logDue: log.due,
      stabilityBefore: log.stability,
      difficultyBefore: log.difficulty,
      scheduledDaysBefore: log.scheduled_days,
      learningStepsBefore: log.learning_steps,
      elapsedDays: log.elapsed_days,
      lastElapsedDays: log.last_elapsed_days,
      stabilityAfter: after.stability,
      difficultyAfter: after.difficulty,
      scheduledDaysAfter: after.scheduledDays,
      dueAfter: after.due,
    },
    becameLeech: after.lapses >= LEECH_LAPSES && m.lapses < LEECH_LAPSES,
  };
}

export type GradeResult = ReturnType<typeof applyGrade>;

/**
 * The same grade with the review card due `days` days after the review instead of ts-fsrs's own
 * interval: the load balancer's pick within the fuzz range ts-fsrs allows. Memory state is unchanged.
 */
export function withInterval(result: GradeResult, now: Date, days: number): GradeResult {
  const due = new Date(now.getTime() + days * 86_400_000);
  return {
    ...result,
    after: { ...result.after, due, scheduledDays: days },
    record: { ...result.record, dueAfter: due, scheduledDaysAfter: days },
  };
}

/**
 * The memory state before `record` was applied to `after` (ts-fsrs's rollback). The card comes back
 * due at the time it was reviewed, so an undone card is shown again straight away.
 */
export function undoGrade(after: MemoryState, record: ReviewRecord, settings: SchedulerSettings): MemoryState {
  const log: ReviewLog = {
    rating: gradeRatings[record.grade],
    state: stateValues[record.stateBefore],
    due: record.logDue,
    stability: record.stabilityBefore,
    difficulty: record.difficultyBefore,
    elapsed_days: record.elapsedDays,
    last_elapsed_days: record.lastElapsedDays,
    scheduled_days: record.scheduledDaysBefore,
    learning_steps: record.learningStepsBefore,
    review: record.reviewedAt,
  };
  return fromCard(scheduler(settings).rollback(toCard(after, record.reviewedAt), log));
}

/** Resets a card to new ("forget"), keeping its review history. */
export function forgetCard(m: MemoryState, now: Date, settings: SchedulerSettings): MemoryState {
  return fromCard(scheduler(settings).forget(toCard(m, now), now, true).card);
}

/**
 * The forgetting curve's constants, R = (1 + factor · elapsedDays / stability) ^ decay, for
 * databases that average recall over many cards without loading them (same weights as scheduler()).
 */
export const FORGETTING_CURVE: { decay: number; factor: number } = computeDecayFactor(default_w);

/** Predicted probability of recalling the card now (0 to 1); 0 for a card never studied. */
export function recallProbability(
  m: MemoryState,
  now: Date,
  settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS,
): number {
  if (m.state === "new") return 0;
  return scheduler(settings).get_retrievability(toCard(m, now), now, false);
}

/** "45s", "10m", "3h", "3d", "2mo", "1.5y". */
export function formatInterval(ms: number): string {
  const minutes = ms / 60_000;
  if (minutes < 1) return `${Math.max(1, Math.round(ms / 1000))}s`;
  if (minutes < 60) return `${Math.round(minutes)}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${Math.round(days / 30)}mo`;
  const years = days / 365;
  return `${Number.isInteger(Math.round(years * 10) / 10) ? Math.round(years) : (Math.round(years * 10) / 10).toFixed(1)}y`;
}
