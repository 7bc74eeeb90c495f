import { PrismaClient as SqliteClient } from "@/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/postgresql/client";
import { createAdapterFactory } from "./adapter";
import { databaseTarget, type DatabaseTarget } from "./database-url";

// Both generated clients have the same model API; the SQLite one's type stands for both.
export type Database = SqliteClient;

export function createDatabase(target: DatabaseTarget = databaseTarget()): Database {
  const adapter = createAdapterFactory(target);
  if (target.provider === "postgresql") return new PostgresClient({ adapter }) as unknown as Database;
  return new SqliteClient({ adapter });
}
