import { getTableName } from "drizzle-orm";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../connect";

// Postgres numbers bind parameters with an int16 in the wire protocol.
const MAX_PARAMETERS = 65_535;
// Keeps each statement's text and PGlite's WASM heap modest even for narrow rows.
const MAX_ROWS_PER_STATEMENT = 2_000;

export interface Inserter {
  <T extends PgTable>(table: T, rows: PgInsertValue<T>[]): Promise<void>;
  /** Rows inserted so far, by table name, in the order the tables were first written. */
  counts(): Record<string, number>;
}

/** Multi-row inserts in chunks that stay under the parameter limit, counting what was written. */
export function createInserter(db: Database): Inserter {
  const counts = new Map<string, number>();
  const insert = async <T extends PgTable>(table: T, rows: PgInsertValue<T>[]) => {
    const name = getTableName(table);
    counts.set(name, (counts.get(name) ?? 0) + rows.length);
    if (rows.length === 0) return;
    let columns = 1;
    for (const row of rows) columns = Math.max(columns, Object.keys(row).length);
    const perStatement = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / columns)));
    for (let start = 0; start < rows.length; start += perStatement) {
      await db.insert(table).values(rows.slice(start, start + perStatement));
    }
  };
  return Object.assign(insert, { counts: () => Object.fromEntries(counts) });
}
