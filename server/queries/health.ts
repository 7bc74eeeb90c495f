import "server-only";
import { db } from "@/server/db/client";

export async function databaseIsReachable(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
