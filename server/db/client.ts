import "server-only";
import { createDatabase, type Database } from "./connection";

// One client per server process; dev hot reload would otherwise open a new pool per edit.
const globalForDb = globalThis as unknown as { db?: Database };

export const db: Database = globalForDb.db ?? createDatabase();
if (process.env.NODE_ENV !== "production") globalForDb.db = db;
