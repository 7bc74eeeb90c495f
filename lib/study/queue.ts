// Which cards a learner sees in a study session, in order: learning cards that are due, then
// reviews due today (most overdue first), then new cards in deck order, within the daily limits.
// Cards of one entry (siblings) are not shown on the same day unless nothing else is left.
import type { CardStateName } from "./scheduling";
import type { StudyDay } from "./study-day";

export type QueueCandidate = {
  cardId: string;
  entryId: string;
  state: CardStateName;
  due: Date;
  /** Deck order, for new cards. */
  position: number;
};

export type StudiedToday = { reviews: number; newCards: number; entryIds: ReadonlySet<string> };

export type QueueLimits = { newPerDay: number; maxReviewsPerDay: number };

/** Learning steps due within this window are shown now rather than making the learner wait. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export function buildQueue(
  candidates: QueueCandidate[],
  now: Date,
  day: StudyDay,
  limits: QueueLimits,
  today: StudiedToday,
): QueueCandidate[] {
  const byDue = (a: QueueCandidate, b: QueueCandidate) => a.due.getTime() - b.due.getTime() || a.position - b.position;
  const learning = candidates
    .filter(
      (c) => (c.state === "learning" || c.state === "relearning") && c.due.getTime() <= now.getTime() + LEARN_AHEAD_MS,
    )
    .sort(byDue);
  const reviews = candidates.filter((c) => c.state === "review" && c.due.getTime() < day.end.getTime()).sort(byDue);
  const fresh = candidates.filter((c) => c.state === "new").sort((a, b) => a.position - b.position);

  const shown = new Set(today.entryIds);
  const buried: QueueCandidate[] = [];
  const take = (pool: QueueCandidate[], limit: number) => {
    const picked: QueueCandidate[] = [];
    for (const card of pool) {
      if (picked.length >= limit) break;
      if (shown.has(card.entryId)) {
        buried.push(card);
        continue;
      }
      shown.add(card.entryId);
      picked.push(card);
    }
    return picked;
  };

  // Learning cards are mid-step: never buried, never limited.
  for (const card of learning) shown.add(card.entryId);
  const reviewRoom = Math.max(0, limits.maxReviewsPerDay - today.reviews);
  const newRoom = Math.max(0, limits.newPerDay - today.newCards);
  const queue = [...learning, ...take(reviews, reviewRoom), ...take(fresh, newRoom)];
  if (queue.length > 0) return queue;

  // Nothing else is due: siblings may come back, still within the limits.
  const buriedReviews = buried.filter((c) => c.state === "review").slice(0, reviewRoom);
  const buriedNew = buried.filter((c) => c.state === "new").slice(0, newRoom);
  return [...buriedReviews, ...buriedNew];
}
