import "server-only";
import {
  isStale,
  signUpKeys,
  throttleKeys,
  waitSeconds,
  type ThrottleKey,
  type ThrottleState,
} from "@/lib/auth/throttle";
import { clientAddress as addressFrom, trustedProxyCount } from "@/lib/http/client-address";
import type { Database } from "@/server/db/connection";
import { isUniqueViolation } from "@/server/db/transaction";

export type AuthAttempt =
  { ok: true; succeeded(): Promise<void> } | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Sign-in throttling, stored in the database so that every app server shares it. An attempt let
 * through is counted as a failure at once, before the password is checked, so that guesses sent at
 * the same time wait as if sent one after another; `succeeded` takes the count back.
 */
export function signInAttempt(db: Database, email: string, client: string, now: Date): Promise<AuthAttempt> {
  return takeAttempt(db, throttleKeys(email, client), now);
}

/**
 * A sign-up, throttled like a wrong password for the address (asking whether it has an account) and
 * per client: `succeeded` takes back the former, while the sign-up stays counted for the client.
 */
export function signUpAttempt(db: Database, email: string, client: string, now: Date): Promise<AuthAttempt> {
  const free = process.env.SIGN_UPS_PER_CLIENT ? Number(process.env.SIGN_UPS_PER_CLIENT) : undefined;
  return takeAttempt(db, signUpKeys(email, client, free), now);
}

/** Retries of the conditional update when other attempts for the same keys keep winning; then the attempt waits. */
const MAX_TRIES = 10;

class Raced extends Error {}

/**
 * Checks the keys' waits and, when none is due, counts the attempt under every key in one transaction
 * of conditional updates: each applies only if the row is still as read, so of two attempts that read
 * the same counts one wins and the other reads again (and may then have to wait).
 */
export async function takeAttempt(db: Database, keys: ThrottleKey[], now: Date): Promise<AuthAttempt> {
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const rows = await db.authThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
    const before = new Map<string, ThrottleState>(rows.map((r) => [r.key, r]));
    const wait = Math.max(...keys.map(({ key, rule }) => waitSeconds(rule, before.get(key), now)));
    if (wait > 0) return { ok: false, reason: "throttled", retryAfterSeconds: wait };
    try {
      await db.$transaction(async (tx) => {
        for (const { key } of keys) {
          const state = before.get(key);
          if (!state) {
            await tx.authThrottle.create({ data: { key, failures: 1, lastFailedAt: now } });
            continue;
          }
          const claimed = await tx.authThrottle.updateMany({
            where: { key, failures: state.failures, lastFailedAt: state.lastFailedAt },
            data: { failures: isStale(state, now) ? 1 : state.failures + 1, lastFailedAt: now },
          });
          if (claimed.count !== 1) throw new Raced();
        }
      });
      return { ok: true, succeeded: () => succeeded(db, keys, before, now) };
    } catch (error) {
      if (!(error instanceof Raced) && !isUniqueViolation(error)) throw error;
    }
  }
  return { ok: false, reason: "throttled", retryAfterSeconds: 1 };
}

/** Undoes the attempt's count where a success should not count (see `OnSuccess`). */
async function succeeded(db: Database, keys: ThrottleKey[], before: Map<string, ThrottleState>, at: Date) {
  for (const { key, onSuccess } of keys) {
    if (onSuccess === "clear") await db.authThrottle.deleteMany({ where: { key } });
    if (onSuccess !== "uncount") continue;
    const state = before.get(key);
    const fresh = state && !isStale(state, at) ? state : null;
    // Unless another attempt has counted since, the row goes back to what it was.
    const ours = { key, lastFailedAt: at, failures: (fresh?.failures ?? 0) + 1 };
    const restored = fresh
      ? await db.authThrottle.updateMany({
          where: ours,
          data: { failures: fresh.failures, lastFailedAt: fresh.lastFailedAt },
        })
      : await db.authThrottle.deleteMany({ where: ours });
    if (restored.count === 0)
      await db.authThrottle.updateMany({ where: { key, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
  }
}

/**
 * The client an attempt is counted under: the address the outermost trusted proxy saw when TRUST_PROXY
 * says how many there are, else one key for all clients (see lib/http/client-address).
 */
export function clientAddress(headers: Headers): string {
  return addressFrom(headers.get("x-forwarded-for"), trustedProxyCount(process.env.TRUST_PROXY));
}
