import { createAdapterFactory } from "../../server/db/adapter";
import type { DatabaseTarget } from "../../server/db/database-url";
import { schemaPaths } from "./paths";
import { NO_FILTERS, openSchemaEngine, readMigrations } from "./schema-engine";

/** Applies pending migrations; returns the names of those it applied. Idempotent. */
export async function migrate(target: DatabaseTarget): Promise<string[]> {
  const paths = schemaPaths[target.provider];
  const { engine, close } = await openSchemaEngine(paths.schema, createAdapterFactory(target));
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrations(paths.migrations),
      filters: NO_FILTERS,
    });
    return appliedMigrationNames;
  } finally {
    await close();
  }
}
