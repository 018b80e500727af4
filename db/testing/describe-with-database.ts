import { afterAll, beforeAll, describe } from "vitest";
import type { Connection, Database } from "../connect";
import { createTestDatabase, testEngines, type TestDatabase } from "./test-database";

/**
 * What a test body holds: the connection of the engine it runs on. `engine` is known while the block
 * is collected; everything else is live only inside hooks and tests, once the database exists.
 */
export type DatabaseUnderTest = Connection;

export interface DescribeWithDatabaseOptions {
  maxConnections?: number;
  /**
   * Called with each new database before the block's own hooks: action tests pass `useTestDatabase`
   * so the server actions they call read the same database (db/ cannot import it from app/).
   */
  onDatabase?: (db: Database) => void;
}

/**
 * One describe block per engine (PGlite, and Postgres when TEST_DATABASE_URL is set), each with a
 * uniquely named, migrated database of its own, dropped when the block ends. The block's own
 * beforeAll runs after the database exists, and its afterAll before it is dropped.
 */
export function describeWithDatabase(name: string, body: (database: DatabaseUnderTest) => void): void;
export function describeWithDatabase(
  name: string,
  options: DescribeWithDatabaseOptions,
  body: (database: DatabaseUnderTest) => void,
): void;
export function describeWithDatabase(
  name: string,
  optionsOrBody: DescribeWithDatabaseOptions | ((database: DatabaseUnderTest) => void),
  maybeBody?: (database: DatabaseUnderTest) => void,
): void {
  const options = typeof optionsOrBody === "function" ? {} : optionsOrBody;
  const body = typeof optionsOrBody === "function" ? optionsOrBody : maybeBody;
  if (!body) throw new Error(`describeWithDatabase("${name}") needs a body`);
  describe.each(testEngines())(`${name} (%s)`, (engine) => {
    let current: TestDatabase | null = null;
    beforeAll(async () => {
      current = await createTestDatabase(engine, { maxConnections: options.maxConnections });
      options.onDatabase?.(current.db);
    });
    afterAll(async () => {
      await current?.destroy();
      current = null;
    });
    const live = (): TestDatabase => {
      if (!current) throw new Error("The test database exists only inside hooks and tests, not while the block is collected");
      return current;
    };
    body({
      engine,
      get db() {
        return live().db;
      },
      migrate: () => live().migrate(),
      executeSql: (text, values) => live().executeSql(text, values),
      close: () => live().close(),
    });
  });
}
