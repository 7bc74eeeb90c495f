import "server-only";
import { db } from "@/server/db/client";
import type { Database } from "@/server/db/connection";

/**
 * What the next request of a session depends on, in one query (it runs on every request): whether the
 * user still exists and is enabled, their token version, and whether this session was signed out.
 */
export async function findSessionState(
  db: Database,
  userId: string,
  sid: string,
): Promise<{ tokenVersion: number; disabled: boolean; revoked: boolean } | null> {
  const rows = await db.$queryRaw<{ tokenVersion: number | bigint; disabled: unknown; revoked: unknown }[]>`
    SELECT "tokenVersion", "disabledAt" IS NOT NULL AS "disabled",
      EXISTS (SELECT 1 FROM "RevokedSession" WHERE "sid" = ${sid}) AS "revoked"
    FROM "User" WHERE "id" = ${userId}`;
  const row = rows[0];
  // SQLite answers the two tests as integers, PostgreSQL as booleans.
  return row
    ? {
        tokenVersion: Number(row.tokenVersion),
        disabled: Boolean(Number(row.disabled)),
        revoked: Boolean(Number(row.revoked)),
      }
    : null;
}

/** Refuses the session id until `expiresAt`, when the token would have lapsed anyway. */
export async function revokeSession(sid: string, expiresAt: Date, now: Date): Promise<void> {
  await db.revokedSession.upsert({ where: { sid }, create: { sid, expiresAt }, update: {} });
  await db.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } });
}
