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
    // db/ never reaches up into the UI or the server glue.
    files: ["db/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/app/*", "@/components/*", "**/app/*", "**/components/*"], message: "db/ must not import UI." },
            { group: ["@/auth", "../auth", "../../auth", "../../../auth"], message: "db/ must not import auth.ts: pass what a query needs as arguments." },
          ],
        },
      ],
    },
  },
  {
    // Components render what they are given: data and server actions arrive as props from the page.
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            // A row type from a query may name a prop; a query or the client may not be called from here.
            { group: ["@/db", "@/db/*", "**/db", "**/db/*"], allowTypeImports: true, message: "Components get their data as props: the page loads it through db/queries." },
            { group: ["drizzle-orm", "drizzle-orm/*", "postgres", "@electric-sql/*"], message: "Components must not touch the database." },
            { group: ["@/app/*", "**/app/*"], message: "Components get server actions as props from the page." },
            { group: ["@/auth", "../../auth", "../../../auth", "@/env", "**/env", "@/mailer", "**/mailer"], message: "Components must not reach server glue: the page passes what they need." },
          ],
        },
      ],
    },
  },
  {
    // The server glue at the root sits beside app/, not inside it: app/ imports it, never the reverse.
    files: ["auth.ts", "env.ts", "mailer.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/app/*", "./app/*"], message: "auth.ts, env.ts and mailer.ts must not import app/." }] }],
    },
  },
  {
    // Routes and actions call named use cases in db/queries; they write no SQL of their own.
    // Tests and their fixtures seed and inspect rows directly.
    files: ["app/**/*.ts", "app/**/*.tsx"],
    ignores: ["app/_server/**", "app/**/*.test.ts", "app/**/*test-world.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["drizzle-orm", "drizzle-orm/*"], message: "Queries live in db/queries/<domain>/: call a use case." },
            { group: ["@/db/schema", "@/db/schema/*"], message: "Queries live in db/queries/<domain>/; vocabularies live in lib/." },
          ],
        },
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
