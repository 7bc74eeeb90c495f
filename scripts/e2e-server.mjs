// The server Playwright tests run against: the production build on a throwaway database.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { baseEnv, importContent, migrateDatabase, root } from "./bootstrap.mjs";

const dir = mkdtempSync(path.join(os.tmpdir(), "faq-study-e2e-"));
// The bundled content plus test-only decks (e.g. one with hostile Markdown).
const contentDir = path.join(dir, "content");
cpSync(path.join(root, "content"), contentDir, { recursive: true });
cpSync(path.join(root, "e2e/fixtures/decks"), contentDir, { recursive: true });
const env = {
  ...baseEnv,
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? `file:${path.join(dir, "e2e.db")}`,
  DATA_DIR: dir,
  CONTENT_DIR: contentDir,
  AUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789abcdef",
  NODE_ENV: "production",
  // Specs act as clients of their own through X-Forwarded-For, as a proxy in front of the app would
  // report them; the others all come from 127.0.0.1, which signs up far more accounts than a real client.
  TRUST_PROXY: "1",
  SIGN_UPS_PER_CLIENT: "10000",
  // Reminder emails go to the SMTP server a spec starts (e2e/smtp.ts); the periodic job stays off,
  // so that only what a spec does sends mail.
  SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 20000}`,
  SMTP_FROM: "FAQ Study <faq@example.test>",
  REMINDERS_EVERY_MINUTES: "0",
};
migrateDatabase(env);
importContent(env);
// Where specs that seed data the UI cannot make quickly (e.g. hundreds of quiz answers) find the database.
const databasePointer = path.join(os.tmpdir(), `faq-study-e2e-${process.env.E2E_PORT ?? "3210"}.database-url`);
writeFileSync(databasePointer, env.DATABASE_URL);

const server = spawn("npx", ["next", "start", "-p", process.env.E2E_PORT ?? "3210"], {
  cwd: root,
  env,
  stdio: "inherit",
});
const cleanUp = () => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(databasePointer, { force: true });
};
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    server.kill(signal);
  });
server.on("exit", (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
