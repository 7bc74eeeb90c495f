// A card's forgetting curve for the card browser: predicted recall from its last review until
// some weeks after it is due, with today and the due date on it (ts-fsrs's forgetting curve).
import { scheduler, type MemoryState, type SchedulerSettings } from "./scheduling";

const DAY_MS = 86_400_000;

export type CurvePoint = { days: number; recall: number };
export type ForgettingCurve = {
  /** From the last review (day 0) to the end, evenly spaced. */
  points: CurvePoint[];
  now: CurvePoint;
  due: CurvePoint;
};

/** Null for a card never studied: it has no curve yet. */
export function forgettingCurve(
  card: Pick<MemoryState, "state" | "due" | "stability" | "lastReview">,
  now: Date,
  settings: SchedulerSettings,
  options: { weeksAfterDue?: number; samples?: number } = {},
): ForgettingCurve | null {
  if (card.state === "new" || !card.lastReview || card.stability <= 0) return null;
  const { weeksAfterDue = 3, samples = 48 } = options;
  const f = scheduler(settings);
  const since = (date: Date) => Math.max(0, (date.getTime() - card.lastReview!.getTime()) / DAY_MS);
  const at = (days: number): CurvePoint => ({ days, recall: f.forgetting_curve(days, card.stability) });
  const end = Math.max(since(card.due), since(now)) + weeksAfterDue * 7;
  return {
    points: Array.from({ length: samples + 1 }, (_, i) => at((end * i) / samples)),
    now: at(since(now)),
    due: at(since(card.due)),
  };
}
