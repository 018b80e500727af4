import { getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../connect";
import * as schema from "../schema";
import { regions } from "../schema";

/** Every table the app owns, read from the schema so a new table is never missed by --reset. */
export function appTableNames(): string[] {
  const names: string[] = [];
  for (const value of Object.values(schema)) {
    if (is(value, PgTable)) names.push(getTableName(value));
  }
  return names.sort();
}

/** Empties every app table in one statement; migrations' own bookkeeping is left alone. */
export async function truncateAll(db: Database): Promise<void> {
  const tables = appTableNames().map((name) => `"${name}"`).join(", ");
  await db.execute(sql.raw(`truncate table ${tables} restart identity cascade`));
}

export async function countRegions(db: Database): Promise<number> {
  return db.$count(regions);
}
