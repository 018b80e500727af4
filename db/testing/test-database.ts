import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import postgres from "postgres";
import { inject } from "vitest";
import { connect, type Connection, type Engine } from "../connect";
import { adminUrl, databaseUrlFor } from "./urls";

/** The engines integration tests run on: PGlite always, a real server when TEST_DATABASE_URL names one. */
export function testEngines(): Engine[] {
  return inject("postgresTemplate") ? ["pglite", "postgres"] : ["pglite"];
}

export interface TestDatabase extends Connection {
  /** Drops the database (Postgres) or discards it (PGlite). */
  destroy(): Promise<void>;
  url?: string;
}

/** A freshly created, migrated database of its own, copied from the template made in global setup. */
export async function createTestDatabase(engine: Engine, options: { maxConnections?: number; onQuery?: () => void } = {}): Promise<TestDatabase> {
  if (engine === "pglite") {
    const dump = new Blob([readFileSync(inject("pgliteTemplatePath"))]);
    const connection = await connect({ dataDir: "memory://", loadDataDir: dump, onQuery: options.onQuery });
    return { ...connection, destroy: () => connection.close() };
  }
  const template = inject("postgresTemplate");
  if (!template) throw new Error("No Postgres server: set TEST_DATABASE_URL");
  const name = `pp_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl(template.serverUrl), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${template.database}`);
  await admin.end();
  const url = databaseUrlFor(template.serverUrl, name);
  const connection = await connect({ databaseUrl: url, maxConnections: options.maxConnections ?? 4, onQuery: options.onQuery });
  return {
    ...connection,
    url,
    async destroy() {
      await connection.close();
      const dropper = postgres(adminUrl(template.serverUrl), { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
