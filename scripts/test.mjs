// npm test: install what is missing (Chromium included), then type-check, lint, unit and e2e tests.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { baseEnv, ensureBuild, ensureDependencies, ensurePrismaClients, run } from "./bootstrap.mjs";

const onPath = (command) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;

/**
 * Debian's Chromium at /usr/bin/chromium (installed with apt-get when missing: Playwright's own
 * browser download is unreachable offline), or PLAYWRIGHT_CHROMIUM_PATH; on a machine without
 * apt-get, Playwright's own Chromium.
 */
function ensureChromium() {
  const path = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(path)) return;
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) {
    console.error(`PLAYWRIGHT_CHROMIUM_PATH=${path} does not exist.`);
    process.exit(1);
  }
  const root = process.getuid?.() === 0;
  if (onPath("apt-get") && (root || onPath("sudo"))) {
    const apt = (...args) =>
      run(root ? "apt-get" : "sudo", root ? args : ["apt-get", ...args], { label: `apt-get ${args.join(" ")}` });
    apt("update", "-qq");
    apt("install", "-y", "-qq", "chromium");
  } else {
    run("npx", ["playwright", "install", "chromium"], { label: "Installing Playwright's Chromium" });
  }
}

// The suite runs on SQLite; with TEST_POSTGRES_URL / E2E_DATABASE_URL (set by .ci/run) the
// data-layer tests and the e2e suite run again on PostgreSQL.
const { TEST_POSTGRES_URL, E2E_DATABASE_URL, ...sqliteEnv } = baseEnv;
const postgresSkipped = [
  !TEST_POSTGRES_URL && "data-layer tests (set TEST_POSTGRES_URL)",
  !E2E_DATABASE_URL && "e2e tests (set E2E_DATABASE_URL)",
].filter(Boolean);
if (postgresSkipped.length) console.log(`PostgreSQL will be skipped: ${postgresSkipped.join(", ")}.`);

ensureDependencies();
ensurePrismaClients();
ensureChromium();
run("npx", ["prettier", "--check", "."], { label: "Formatting (Prettier)" });
run("npx", ["tsc", "--noEmit"], { label: "Type-check" });
run("npx", ["eslint", "--max-warnings", "0", "."], { label: "Lint" });
// Built first: a unit test checks the build's server actions against the wrapper.
ensureBuild();
run("npx", ["vitest", "run"], { env: sqliteEnv, label: "Unit and data-layer tests (SQLite)" });
if (TEST_POSTGRES_URL)
  run("npx", ["vitest", "run", "server"], { env: baseEnv, label: "Data-layer tests on PostgreSQL" });
run("npx", ["playwright", "test"], { env: sqliteEnv, label: "End-to-end tests on SQLite (Playwright, Chromium)" });
if (E2E_DATABASE_URL)
  run("npx", ["playwright", "test"], { env: baseEnv, label: "End-to-end tests on PostgreSQL (Playwright, Chromium)" });
console.log(
  postgresSkipped.length
    ? `\n✔ All tests passed on SQLite. PostgreSQL SKIPPED: ${postgresSkipped.join(", ")}; bash .ci/run does both.`
    : "\n✔ All tests passed on SQLite and PostgreSQL.",
);
