// npm run dev: the same preparation as npm start, then Next's dev server.
import { baseEnv, ensureDependencies, ensurePrismaClients, importContent, migrateDatabase, run } from "./bootstrap.mjs";

ensureDependencies();
ensurePrismaClients();
migrateDatabase();
importContent();
run("npx", ["next", "dev", "-p", process.env.PORT ?? "3000"], { env: baseEnv });
