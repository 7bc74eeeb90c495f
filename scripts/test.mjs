// npm test: install what is missing (Chromium included), then type-check, lint, unit and e2e tests.
import { existsSync } from "node:fs";
import { baseEnv, ensureBuild, ensureDependencies, ensurePrismaClients, run } from "./bootstrap.mjs";

function ensureChromium() {
  const path = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(path)) return;
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) {
    console.error(`PLAYWRIGHT_CHROMIUM_PATH=${path} does not exist.`);
    process.exit(1);
  }
  // Playwright's own browser download is unreachable offline; Debian's Chromium works.
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const apt = (...args) => run(sudo[0] ?? "apt-get", sudo.length ? ["apt-get", ...args] : args, { label: `apt-get ${args.join(" ")}` });
  apt("update", "-qq");
  apt("install", "-y", "-qq", "chromium");
}

ensureDependencies();
ensurePrismaClients();
ensureChromium();
run("npx", ["tsc", "--noEmit"], { label: "Type-check" });
run("npx", ["eslint", "--max-warnings", "0", "."], { label: "Lint" });
run("npx", ["vitest", "run"], { label: "Unit tests" });
ensureBuild();
run("npx", ["playwright", "test"], { env: baseEnv, label: "End-to-end tests (Playwright, Chromium)" });
