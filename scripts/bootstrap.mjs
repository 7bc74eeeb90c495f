// Steps shared by `npm start` and `npm test`. Plain Node with no dependencies, because the first
// thing it may have to do is install them. Each step is skipped when its inputs are unchanged.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");

export const baseEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
  PRISMA_SCHEMA_ENGINE_BINARY:
    process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? path.join(root, "scripts/no-schema-engine.sh"),
};

export function run(command, args, { env = baseEnv, label } = {}) {
  if (label) console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n✖ ${label ?? [command, ...args].join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

export function hashFiles(paths) {
  const hash = createHash("sha256");
  const visit = (p) => {
    const full = path.join(root, p);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) visit(path.join(p, name));
    } else {
      hash.update(`${p}\0`).update(readFileSync(full)).update("\0");
    }
  };
  paths.forEach(visit);
  return hash.digest("hex");
}

/** Runs `step` unless `inputsHash` equals the one recorded in `stampFile` after its last success. */
export function unlessUnchanged(stampFile, inputsHash, step) {
  const stamp = path.join(root, stampFile);
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === inputsHash) return false;
  step();
  mkdirSync(path.dirname(stamp), { recursive: true });
  writeFileSync(stamp, inputsHash);
  return true;
}

export function ensureDependencies() {
  unlessUnchanged("node_modules/.deps-stamp", hashFiles(["package.json", "package-lock.json"]), () =>
    run("npm", ["ci", "--no-audit", "--no-fund"], { label: "Installing dependencies (npm ci)" }),
  );
}

export function ensurePrismaClients() {
  unlessUnchanged(
    "generated/.stamp",
    hashFiles(["prisma/schema.prisma", "prisma/postgresql/schema.prisma", "package-lock.json"]),
    () => {
      run("npx", ["prisma", "generate"], { label: "Generating the Prisma client (SQLite)" });
      run("npx", ["prisma", "generate", "--schema", "prisma/postgresql/schema.prisma"], {
        label: "Generating the Prisma client (PostgreSQL)",
      });
    },
  );
}

export function migrateDatabase(env = baseEnv) {
  run("node", ["--import", "tsx", "scripts/db-migrate.ts"], { env, label: "Migrating the database" });
}

export function importContent(env = baseEnv) {
  // Compiling keeps much of what it makes: a young generation twice the default is scavenged half as often
  // (the content scripts in package.json and the compile worker use the same size; docs/benchmarks.md).
  run(
    "node",
    ["--max-semi-space-size=32", "--conditions=react-server", "--import", "tsx", "scripts/content-import.ts"],
    {
      env,
      label: "Importing content/",
    },
  );
}

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "server",
  "i18n",
  "prisma/schema.prisma",
  "prisma/postgresql/schema.prisma",
  "generated/.stamp",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "public",
];

export function ensureBuild(env = baseEnv) {
  return unlessUnchanged(".next/.build-stamp", hashFiles(BUILD_INPUTS), () =>
    run("npx", ["next", "build"], { env, label: "Building the app (next build)" }),
  );
}
