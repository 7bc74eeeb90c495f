// Growing delays after failed sign-ins, never a lock: after a rule's free failures each further
// failure doubles the wait before the next attempt, up to the rule's cap. The account rule is
// loose and capped low, so an attacker guessing from many clients can only slow the real user
// down by seconds; the strict rules are per client and per account+client pair, which only the
// attacker's own attempts fill, and a success clears the pair.

export type ThrottleRule = { free: number; baseSeconds: number; maxSeconds: number };
export type ThrottleState = { failures: number; lastFailedAt: Date };

export const THROTTLE_RULES = {
  pair: { free: 3, baseSeconds: 2, maxSeconds: 15 * 60 },
  account: { free: 10, baseSeconds: 1, maxSeconds: 30 },
  client: { free: 20, baseSeconds: 1, maxSeconds: 5 * 60 },
} satisfies Record<string, ThrottleRule>;

/** Failures older than this are forgotten: the count starts over. */
export const FORGET_AFTER_MS = 60 * 60 * 1000;

export function isStale(state: ThrottleState, now: Date): boolean {
  return now.getTime() - state.lastFailedAt.getTime() > FORGET_AFTER_MS;
}

/** Seconds to wait before the next attempt under one rule (0: go ahead). */
export function waitSeconds(rule: ThrottleRule, state: ThrottleState | undefined, now: Date): number {
  if (!state || isStale(state, now) || state.failures < rule.free) return 0;
  const delay = Math.min(rule.baseSeconds * 2 ** (state.failures - rule.free), rule.maxSeconds);
  return Math.max(0, Math.ceil((state.lastFailedAt.getTime() + delay * 1000 - now.getTime()) / 1000));
}

/** The keys an attempt for `email` from `client` is counted under, each with its rule. */
export function throttleKeys(email: string, client: string): { key: string; rule: ThrottleRule }[] {
  const account = email.trim().toLowerCase();
  return [
    { key: `pair:${account}|${client}`, rule: THROTTLE_RULES.pair },
    { key: `account:${account}`, rule: THROTTLE_RULES.account },
    { key: `client:${client}`, rule: THROTTLE_RULES.client },
  ];
}
