// The counts a study session shows, as Anki does: new cards, cards being (re)learned and reviews
// still to see today, and how one grade moves them.
import type { CardStateName } from "./scheduling";

export type SessionCounts = { new: number; learning: number; review: number };
export type CountName = keyof SessionCounts;
export const COUNT_NAMES: readonly CountName[] = ["new", "learning", "review"];

/** Which count a card in `state` is in: relearning cards are counted with learning ones. */
export function countOf(state: CardStateName): CountName {
  return state === "relearning" ? "learning" : state;
}

/**
 * A card graded into (re)learning comes back in this session; one graded into review is done for
 * the day. The grade endpoint returns the card to the queue by this same rule.
 */
export function staysInSession(state: CardStateName): boolean {
  return state === "learning" || state === "relearning";
}

export function sessionCounts(states: Iterable<CardStateName>): SessionCounts {
  const counts: SessionCounts = { new: 0, learning: 0, review: 0 };
  for (const state of states) counts[countOf(state)] += 1;
  return counts;
}

export type CountChange = { count: CountName; by: number };

/**
 * What a grade changes: the card leaves its count, and joins learning when it comes back. Only the
 * counts that moved, in display order (a learning card that stays learning moves none).
 */
export function countChanges(before: CardStateName, after: CardStateName): CountChange[] {
  const delta: SessionCounts = { new: 0, learning: 0, review: 0 };
  delta[countOf(before)] -= 1;
  if (staysInSession(after)) delta[countOf(after)] += 1;
  return COUNT_NAMES.filter((name) => delta[name] !== 0).map((name) => ({ count: name, by: delta[name] }));
}
