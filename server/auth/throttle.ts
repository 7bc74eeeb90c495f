import "server-only";
import { isStale, throttleKeys, waitSeconds, type ThrottleState } from "@/lib/auth/throttle";
import type { Database } from "@/server/db/connection";

/**
 * Sign-in and sign-up throttling, stored in the database so that every app server shares it.
 * `check` says how long to wait (0: go ahead); after the attempt, `failed` or `succeeded` records it.
 */
export async function authThrottle(db: Database, email: string, client: string, now: Date) {
  const keys = throttleKeys(email, client);
  const rows = await db.authThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  const states = new Map<string, ThrottleState>(rows.map((r) => [r.key, r]));
  return {
    wait: Math.max(...keys.map(({ key, rule }) => waitSeconds(rule, states.get(key), now))),
    async failed(at: Date) {
      for (const { key } of keys) {
        const state = states.get(key);
        const failures = state && !isStale(state, at) ? { increment: 1 } : 1;
        await db.authThrottle.upsert({
          where: { key },
          create: { key, failures: 1, lastFailedAt: at },
          update: { failures, lastFailedAt: at },
        });
      }
    },
    /** A success clears the account+client pair; the account's and client's counts only age out. */
    async succeeded() {
      await db.authThrottle.deleteMany({ where: { key: keys[0]!.key } });
    },
  };
}

/** The client's address as the nearest proxy saw it (Next sets it from the socket when no proxy does). */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || "unknown";
}
