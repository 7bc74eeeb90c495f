// npm start: install what is missing, migrate the database, import content/, build, serve.
import { spawn } from "node:child_process";
import {
  baseEnv,
  ensureBuild,
  ensureDependencies,
  ensurePrismaClients,
  importContent,
  migrateDatabase,
  root,
} from "./bootstrap.mjs";

ensureDependencies();
ensurePrismaClients();
migrateDatabase();
importContent();
ensureBuild();

const port = process.env.PORT ?? "3000";
console.log(`\n▶ Serving on http://localhost:${port}`);
const server = spawn(
  "npx",
  ["next", "start", "-p", port, ...(process.env.HOSTNAME ? ["-H", process.env.HOSTNAME] : [])],
  { cwd: root, env: baseEnv, stdio: "inherit" },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
