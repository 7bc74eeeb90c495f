// Uploads per user and minute, counted in the database so that the limit holds across app servers.
import type { Database } from "@/server/db/connection";

export const UPLOADS_PER_MINUTE = 5;
const WINDOW_MS = 60_000;

/**
 * Records an upload attempt and says whether it is within the limit. Recording first, then counting,
 * means two servers at once cannot both take the last slot; attempts refused here count too.
 */
export async function takeUploadSlot(db: Database, userId: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - WINDOW_MS);
  await db.deckUpload.deleteMany({ where: { userId, createdAt: { lt: since } } });
  await db.deckUpload.create({ data: { userId, createdAt: now } });
  return (await db.deckUpload.count({ where: { userId, createdAt: { gt: since } } })) <= UPLOADS_PER_MINUTE;
}
