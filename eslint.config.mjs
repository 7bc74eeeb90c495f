import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "generated/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    // Git worktrees of parallel work (gitignored): each is linted in its own checkout.
    ".worktrees/**",
  ]),
  {
    // Components render; data access lives in server/.
    files: ["components/**/*.{ts,tsx}", "lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/generated/*", "@prisma/*", "@/server/*", "@/app/*"],
              message:
                "Components and the domain core never touch the database, nor import app/ (actions come as props).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "next",
                "next/*",
                "react",
                "react-dom",
                "@/generated/*",
                "@prisma/*",
                "@/server/*",
                "@/app/*",
                "@/components/*",
              ],
              message: "lib/ is the pure domain core: no framework or database imports.",
            },
          ],
        },
      ],
    },
  },
]);
