import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "@/scripts/db/migrate";
import { createDatabase, type Database } from "@/server/db/connection";
import { databaseTarget } from "@/server/db/database-url";

/** A migrated SQLite database in a temp folder, for tests of the data layer. */
export async function createTempDatabase(): Promise<{ db: Database; file: string; cleanUp: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "faq-study-test-"));
  const target = databaseTarget(`file:${path.join(dir, "test.db")}`);
  await migrate(target);
  const db = createDatabase(target);
  return {
    db,
    file: path.join(dir, "test.db"),
    cleanUp: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
