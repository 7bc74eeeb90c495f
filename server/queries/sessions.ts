import "server-only";
import { db } from "@/server/db/client";

export async function isSessionRevoked(sid: string): Promise<boolean> {
  return (await db.revokedSession.count({ where: { sid } })) > 0;
}

/** Refuses the session id until `expiresAt`, when the token would have lapsed anyway. */
export async function revokeSession(sid: string, expiresAt: Date, now: Date): Promise<void> {
  await db.revokedSession.upsert({ where: { sid }, create: { sid, expiresAt }, update: {} });
  await db.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } });
}
