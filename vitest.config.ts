import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@/": here("./"),
      // Server modules are tested directly; outside Next.js the guard would throw.
      "server-only": here("./node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.tsx"],
    environment: "node",
    // Budgets, not waits, sized for a busy 2-core machine: a data-layer file's beforeAll (migrate,
    // import the seed deck, study and quiz) took over 10 s there under load.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
