// Prisma's schema engine compiled to WebAssembly, driven through our driver adapter, so that
// migrations run offline on SQLite and PostgreSQL alike (the native engine cannot be downloaded).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);
let wasmReady = false;

function initWasm() {
  if (wasmReady) return;
  const wasmPath = path.join(
    path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
    "schema_engine_bg.wasm",
  );
  const wasmModule = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(wasmModule, {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  wasmReady = true;
}

/** The engine does not close the connections it opens; this wrapper does, in `close()`. */
class TrackedFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider: SqlMigrationAwareDriverAdapterFactory["provider"];
  readonly adapterName: string;
  readonly opened: SqlDriverAdapter[] = [];
  constructor(private readonly inner: SqlMigrationAwareDriverAdapterFactory) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }
  async connect() {
    return this.track(await this.inner.connect());
  }
  async connectToShadowDb() {
    return this.track(await this.inner.connectToShadowDb());
  }
  private track(adapter: SqlDriverAdapter) {
    this.opened.push(adapter);
    return this.provider === "postgres" ? withWholeScripts(adapter) : adapter;
  }
}

/**
 * Prisma's PostgreSQL adapter runs a migration script by splitting it at every ";", which cuts a
 * trigger function's body (`$$ … ; … $$`) apart. PostgreSQL takes the whole script as one query
 * (one implicit transaction), as Prisma's native engine sends it; errors go through the adapter's
 * own conversion, which the engine understands.
 */
function withWholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const driver = adapter as unknown as {
    underlyingDriver(): { query(sql: string): Promise<unknown> };
    onError(error: unknown): never;
  };
  adapter.executeScript = async (script: string) => {
    try {
      await driver.underlyingDriver().query(script);
    } catch (error) {
      driver.onError(error);
    }
  };
  return adapter;
}

export type OpenEngine = { engine: bg.SchemaEngine; close: () => Promise<void> };

export async function openSchemaEngine(
  schemaPath: string,
  factory: SqlMigrationAwareDriverAdapterFactory,
): Promise<OpenEngine> {
  initWasm();
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(message);
  };
  const tracked = new TrackedFactory(factory);
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[schemaPath, readFileSync(schemaPath, "utf8")]] },
    log,
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(tracked.opened.map((adapter) => adapter.dispose().catch(() => undefined)));
    },
  };
}

export function readMigrations(migrationsDir: string): MigrationList {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((dir) => ({
      path: dir,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: readFileSync(path.join(migrationsDir, dir, "migration.sql"), "utf8") },
      },
    })),
  };
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
