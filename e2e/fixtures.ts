import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { connect, type Database } from "../db/connect";
import { readState } from "./support/state";

interface WorkerFixtures {
  /** The e2e server's own database, for seeding a test's data directly. */
  db: Database;
}

interface TestFixtures {
  /** Fails the test with the list of WCAG 2.2 AA violations on the current page. */
  expectAccessible: (page?: Page) => Promise<void>;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  db: [
    async ({}, use) => {
      const connection = await connect({ databaseUrl: readState().databaseUrl, maxConnections: 2 });
      await use(connection.db);
      await connection.close();
    },
    { scope: "worker" },
  ],
  expectAccessible: async ({ page }, use) => {
    await use(async (target = page) => {
      const results = await new AxeBuilder({ page: target })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(summary, `axe violations on ${target.url()}`).toEqual([]);
    });
  },
});

export { expect };
