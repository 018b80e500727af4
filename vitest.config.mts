import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        resolve: { alias: { "server-only": fileURLToPath(new URL("./db/testing/server-only-stub.ts", import.meta.url)) } },
        test: {
          name: "integration",
          // db/ queries, and server actions called directly (as an attacker would) against real databases.
          include: ["db/**/*.test.ts", "app/**/*.test.ts"],
          environment: "node",
          globalSetup: ["db/testing/global-setup.ts"],
          setupFiles: ["app/_server/test-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // PGlite is single-threaded WASM; one file at a time keeps a 2-core machine responsive.
          fileParallelism: false,
        },
      },
    ],
  },
});
