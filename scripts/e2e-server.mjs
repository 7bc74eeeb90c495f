// The server Playwright tests run against: the production build on a throwaway database.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { baseEnv, importContent, migrateDatabase, root } from "./bootstrap.mjs";

const dir = mkdtempSync(path.join(os.tmpdir(), "faq-study-e2e-"));
const env = {
  ...baseEnv,
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? `file:${path.join(dir, "e2e.db")}`,
  DATA_DIR: dir,
  AUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789abcdef",
  NODE_ENV: "production",
};
migrateDatabase(env);
importContent(env);

const server = spawn("npx", ["next", "start", "-p", process.env.E2E_PORT ?? "3210"], { cwd: root, env, stdio: "inherit" });
const cleanUp = () => rmSync(dir, { recursive: true, force: true });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => { server.kill(signal); });
server.on("exit", (code) => { cleanUp(); process.exit(code ?? 0); });
