// A learner's year of study, simulated with the app's own scheduler (applyGrade) and queue rules:
// which cards come up each day, how the learner grades them and how long each review takes.
// Pure: no database. The caller writes the outcome.
import { quizScheduleChange } from "../../lib/quiz/schedule-hook";
import { LEARN_AHEAD_MS } from "../../lib/study/queue";
import {
  applyGrade,
  newMemoryState,
  recallProbability,
  type GradeName,
  type MemoryState,
  type ReviewRecord,
  type SchedulerSettings,
} from "../../lib/study/scheduling";
import { studyDay, studyDayKey, type StudyDay } from "../../lib/study/study-day";
import { between, chance, gaussian, logNormal, seededUuid, type Random } from "./random";

export type DemoCard = { cardId: string; entryId: string; deckId: string; kind: string };

export type SimulatedCard = DemoCard & {
  memory: MemoryState;
  /** How much harder than the model predicts this card is for this learner (1: as predicted). */
  hardness: number;
  /** Writes to the row (grades and quiz bring-backs), like the app's optimistic version. */
  version: number;
  leech: boolean;
  suspended: boolean;
};

export type SimulatedReview = {
  card: SimulatedCard;
  record: ReviewRecord;
  studyDay: string;
  durationMs: number;
  clientReviewId: string;
};

export type YearOptions = {
  days: number;
  newPerDay: number;
  now: Date;
  timeZone: string;
  dayStartHour: number;
  settings: SchedulerSettings;
  random: Random;
};

/** Runs on each study day before its session (a quiz, say), at the time the session starts. */
export type BeforeSession = (sessionStart: Date, daysBack: number, cards: readonly SimulatedCard[]) => void;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SKIPPED_DAYS = 0.08;

export function simulateYear(
  deckCards: DemoCard[],
  options: YearOptions,
  beforeSession?: BeforeSession,
): { cards: SimulatedCard[]; reviews: SimulatedReview[]; firstSession: Date } {
  const { random, now, timeZone, dayStartHour } = options;
  const today = studyDay(now, timeZone, dayStartHour);
  const dayOf = (back: number) =>
    studyDay(new Date(today.start.getTime() - back * DAY + 12 * HOUR), timeZone, dayStartHour);
  const firstSession = sessionStart(random, dayOf(options.days - 1));
  // Spelled out, not spread: V8 keeps spread-built objects in slow mode, which made the daily scan crawl.
  const cards: SimulatedCard[] = deckCards.map((c) => ({
    cardId: c.cardId,
    entryId: c.entryId,
    deckId: c.deckId,
    kind: c.kind,
    memory: newMemoryState(firstSession),
    hardness: Math.exp(0.35 * gaussian(random)),
    version: 0,
    leech: false,
    suspended: false,
  }));
  const reviews: SimulatedReview[] = [];
  const session = new StudySession(cards, reviews, options);
  // The last few weeks are all studied, so the dashboard has a current streak to show.
  const streak = Math.round(between(random, 21, 45));
  for (let back = options.days - 1; back >= 0; back--) {
    if (back >= streak && back < options.days - 1 && chance(random, SKIPPED_DAYS)) continue;
    const day = dayOf(back);
    const start = back === options.days - 1 ? firstSession : sessionStart(random, day);
    // Today's session stops 10 minutes before `now`; nothing is reviewed in the future.
    const limit = back === 0 ? new Date(Math.min(day.end.getTime(), now.getTime() - 10 * MINUTE)) : day.end;
    const startAt = back === 0 ? new Date(Math.min(start.getTime(), limit.getTime() - 30 * MINUTE)) : start;
    if (startAt.getTime() <= day.start.getTime()) continue;
    beforeSession?.(startAt, back, cards);
    session.run(day, startAt, limit);
  }
  return { cards, reviews, firstSession };
}

/** Mornings, lunch breaks, evenings and now and then after midnight (still the same study day). */
function sessionStart(random: Random, day: StudyDay): Date {
  const r = random();
  const hoursAfterDayStart =
    r < 0.35
      ? between(random, 3, 5.5)
      : r < 0.55
        ? between(random, 8, 10)
        : r < 0.95
          ? between(random, 15, 19.5)
          : between(random, 20, 21.5);
  return new Date(day.start.getTime() + hoursAfterDayStart * HOUR);
}

/** A wrong quiz answer brings the entry's basic card back into today's queue, as the app does. */
export function bringBack(card: SimulatedCard, at: Date): void {
  if (quizScheduleChange(false, { state: card.memory.state, suspended: card.suspended }) !== "due-now") return;
  card.memory.due = at;
  card.version += 1;
}

class StudySession {
  #nextFresh = 0;
  #studied: SimulatedCard[] = [];
  constructor(
    private readonly cards: SimulatedCard[],
    private readonly reviews: SimulatedReview[],
    private readonly options: YearOptions,
  ) {}

  run(day: StudyDay, start: Date, limit: Date): void {
    const { random } = this.options;
    const stepsFirst = (c: SimulatedCard) => (c.memory.state === "review" ? 1 : 0);
    const end = day.end.getTime();
    const due = this.#studied
      .filter((c) => !c.suspended && c.memory.due.getTime() < end)
      .sort((a, b) => stepsFirst(a) - stepsFirst(b) || a.memory.due.getTime() - b.memory.due.getTime());
    const queue = [...due, ...this.freshCards(new Set(due.map((c) => c.entryId)))];
    const breakAt = chance(random, 0.35) ? Math.floor(queue.length * between(random, 0.3, 0.7)) : -1;
    const form = Math.exp(0.1 * gaussian(random));
    const dayKey = studyDayKey(day.start, this.options.timeZone, this.options.dayStartHour);
    const stepping: SimulatedCard[] = [];
    let clock = start.getTime();
    let next = 0;
    for (;;) {
      const soonest = stepping.reduce<SimulatedCard | undefined>(
        (a, c) => (!a || c.memory.due < a.memory.due ? c : a),
        undefined,
      );
      let card: SimulatedCard;
      if (soonest && (soonest.memory.due.getTime() <= clock || next >= queue.length)) {
        stepping.splice(stepping.indexOf(soonest), 1);
        // As in the app, a step due within LEARN_AHEAD_MS is shown at once when nothing else is left.
        clock = Math.max(clock, soonest.memory.due.getTime() - LEARN_AHEAD_MS);
        card = soonest;
      } else if (next < queue.length) {
        if (next === breakAt) clock += between(random, 0.75, 3) * HOUR;
        card = queue[next++]!;
      } else break;
      const durationMs = Math.min(
        3_600_000,
        Math.round(
          logNormal(
            random,
            card.memory.state === "new" ? 14_000 : card.memory.state === "review" ? 6_000 : 8_000,
            0.45,
          ),
        ),
      );
      const gradedAt = new Date(clock + durationMs);
      if (gradedAt >= limit) break;
      const { after, record, becameLeech } = applyGrade(
        card.memory,
        gradedAt,
        this.gradeOf(card, gradedAt, form),
        this.options.settings,
      );
      this.reviews.push({ card, record, studyDay: dayKey, durationMs, clientReviewId: seededUuid(random) });
      if (card.memory.state === "new") this.#studied.push(card);
      card.memory = after;
      card.version += 1;
      if (becameLeech) card.leech = card.suspended = true;
      else if (after.state === "learning" || after.state === "relearning") stepping.push(card);
      clock = gradedAt.getTime() + between(random, 500, 3000);
    }
  }

  /** Today's new cards in deck order, one per entry (the app buries siblings). */
  private freshCards(shownEntries: Set<string>): SimulatedCard[] {
    const { random, newPerDay } = this.options;
    const wanted = Math.round(newPerDay * between(random, 0.6, 1.3));
    while (this.cards[this.#nextFresh] && this.cards[this.#nextFresh]!.memory.state !== "new") this.#nextFresh++;
    const fresh: SimulatedCard[] = [];
    for (let i = this.#nextFresh; i < this.cards.length && fresh.length < wanted; i++) {
      const card = this.cards[i]!;
      if (card.memory.state !== "new" || card.suspended || shownEntries.has(card.entryId)) continue;
      shownEntries.add(card.entryId);
      fresh.push(card);
    }
    return fresh;
  }

  /** Again with the chance of forgetting (the model's, skewed per card and per day), else Hard/Good/Easy. */
  private gradeOf(card: SimulatedCard, at: Date, form: number): GradeName {
    const { random, settings } = this.options;
    const hardness = card.hardness * form;
    const m = card.memory;
    const predicted = m.state === "review" ? recallProbability(m, at, settings) : m.state === "new" ? 0.8 : 0.9;
    const recall = predicted ** hardness + 0.03 * gaussian(random);
    if (!chance(random, recall)) return "again";
    const r = random();
    if (r < 0.1) return "hard";
    return r > (hardness < 0.8 ? 0.85 : 0.95) ? "easy" : "good";
  }
}
