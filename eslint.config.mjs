import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // lib/ is pure domain logic: nothing with I/O, no framework.
    files: ["lib/**/*.ts"],
    ignores: ["lib/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react-dom"], message: "lib/ is framework-free domain logic." },
            { group: ["@/db", "@/db/*", "@/app/*", "@/components/*", "@/auth", "../db/*", "../../db/*"], message: "lib/ must not do I/O." },
            { group: ["node:fs", "node:fs/*", "fs", "node:net", "node:http", "postgres", "@electric-sql/*"], message: "lib/ must not do I/O." },
          ],
        },
      ],
    },
  },
  {
    // db/ never reaches up into the UI.
    files: ["db/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/app/*", "@/components/*", "../app/*", "../components/*"], message: "db/ must not import UI." }] },
      ],
    },
  },
  {
    // Playwright fixtures call a function named `use`, which is not React's hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([".next/**", "out/**", "build/**", "next-env.d.ts", "drizzle/**", ".data/**", "playwright-report/**", "test-results/**"]),
]);
