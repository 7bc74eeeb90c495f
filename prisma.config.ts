import { defineConfig } from "prisma/config";

// The CLI is used only for `prisma generate`; migrations run through scripts/db-migrate.ts,
// which drives Prisma's schema engine compiled to WebAssembly and so works offline.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/app.db" },
});
