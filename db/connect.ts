import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { databasePoolSize, pgliteDataDir } from "../env";
import * as schema from "./schema";

export type Schema = typeof schema;

/** The one database type every query takes: both engines' drizzle instances and transactions fit it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export type Engine = "postgres" | "pglite";

export interface Connection {
  db: Database;
  engine: Engine;
  /** Applies committed migrations from drizzle/; safe to call from several instances at once. */
  migrate(): Promise<void>;
  /**
   * Raw SQL for libraries that bring their own (the pg-boss job queue). Without values the text
   * may hold several statements, which both engines then run as one unit.
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  close(): Promise<void>;
}

export const migrationsFolder = path.join(process.cwd(), "drizzle");

// An arbitrary constant: every app instance takes the same advisory lock while migrating.
const MIGRATION_LOCK_KEY = 727_274_001;

export interface ConnectOptions {
  /** postgres:// URL; when absent, the embedded PGlite engine is used. */
  databaseUrl?: string;
  /** PGlite data directory; "memory://" for an in-memory database. */
  dataDir?: string;
  /** A PGlite data-dir dump to start from (tests copy a migrated template this way). */
  loadDataDir?: Blob | File;
  /** postgres.js pool size. */
  maxConnections?: number;
  /** Sees every query: benchmarks count them to prove there is no N+1. */
  onQuery?: (query: string, params: unknown[]) => void;
}

export async function connect(options: ConnectOptions = {}): Promise<Connection> {
  const logger = options.onQuery ? { logQuery: options.onQuery } : undefined;
  if (options.databaseUrl) return connectPostgres(options.databaseUrl, options.maxConnections, logger);
  return connectPglite(options.dataDir ?? pgliteDataDir(), options.loadDataDir, logger);
}

type QueryLogger = { logQuery: (query: string, params: unknown[]) => void } | undefined;

function connectPostgres(url: string, max = databasePoolSize(), logger?: QueryLogger): Connection {
  const client = postgres(url, {
    max,
    onnotice: () => {},
    // Keep bigint columns as numbers only where the schema asks; counts from SQL arrive as strings.
    prepare: true,
  });
  const db = drizzlePostgres(client, { schema, logger }) as unknown as Database;
  return {
    db,
    engine: "postgres",
    async migrate() {
      // A single-connection client so the session-level advisory lock covers the whole migration.
      const migrator = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await migrator`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
        await migratePostgres(drizzlePostgres(migrator, { schema }), { migrationsFolder });
      } finally {
        await migrator.end({ timeout: 5 });
      }
    },
    async executeSql(text, values) {
      if (values && values.length) {
        // Libraries written for node-postgres pass objects for json columns and undefined for null.
        const params = values.map((value) =>
          value === undefined ? null : value !== null && typeof value === "object" && !(value instanceof Date) && !Array.isArray(value) && !(value instanceof Uint8Array) ? JSON.stringify(value) : value,
        );
        return { rows: [...(await client.unsafe(text, params as postgres.ParameterOrJSON<never>[]))] as Record<string, unknown>[] };
      }
      // A multi-statement block may hold BEGIN … COMMIT, which must run on one connection of its own.
      const reserved = await client.reserve();
      try {
        return { rows: [...(await reserved.unsafe(text))] as Record<string, unknown>[] };
      } finally {
        reserved.release();
      }
    },
    close: () => client.end({ timeout: 5 }),
  };
}

async function connectPglite(dataDir: string, loadDataDir?: Blob | File, logger?: QueryLogger): Promise<Connection> {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, loadDataDir ? { loadDataDir } : {});
  const db = drizzlePglite(client, { schema, logger }) as unknown as Database;
  return {
    db,
    engine: "pglite",
    // PGlite is single-connection and single-process, so no lock is needed.
    migrate: () => migratePglite(drizzlePglite(client, { schema }), { migrationsFolder }),
    async executeSql(text, values) {
      if (values && values.length) return { rows: (await client.query<Record<string, unknown>>(text, values)).rows };
      // exec runs a multi-statement string (pg-boss's BEGIN … COMMIT blocks) as one unit.
      const results = await client.exec(text);
      return { rows: (results[results.length - 1]?.rows ?? []) as Record<string, unknown>[] };
    },
    async close() {
      if (!client.closed) await client.close();
    },
  };
}

/** Cheap liveness query for /api/health. */
export async function pingDatabase(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}
