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

/**
 * What a success does to a key's count. Every attempt is counted as a failure when it is let through
 * (see server/auth/throttle): a success then clears the pair, takes itself back from the account's and
 * client's counts (which otherwise only age out), and stays counted as a sign-up of the client.
 */
export type OnSuccess = "clear" | "uncount" | "keep";
export type ThrottleKey = { key: string; rule: ThrottleRule; onSuccess: OnSuccess };

/** The keys an attempt for `email` from `client` is counted under, each with its rule. */
export function throttleKeys(email: string, client: string): ThrottleKey[] {
  const account = email.trim().toLowerCase();
  return [
    { key: `pair:${account}|${client}`, rule: THROTTLE_RULES.pair, onSuccess: "clear" },
    { key: `account:${account}`, rule: THROTTLE_RULES.account, onSuccess: "uncount" },
    { key: `client:${client}`, rule: THROTTLE_RULES.client, onSuccess: "uncount" },
  ];
}

/**
 * Sign-ups one client may make before each further one waits: a school or office behind one address
 * signs up a class at once, a script signs up thousands. Then the wait doubles from 30 s up to an hour.
 */
export const SIGN_UPS_PER_CLIENT = 20;

/** The keys a sign-up for `email` from `client` is counted under: as a sign-in's, plus the client's sign-ups. */
export function signUpKeys(email: string, client: string, freeSignUps = SIGN_UPS_PER_CLIENT): ThrottleKey[] {
  const rule = { free: freeSignUps, baseSeconds: 30, maxSeconds: 60 * 60 };
  return [...throttleKeys(email, client), { key: `signup:${client}`, rule, onSuccess: "keep" }];
}
