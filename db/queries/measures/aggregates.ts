import { sql, type AnyColumn } from "drizzle-orm";
import { MOST_DEPRIVED_DECILES } from "../../../lib/measures/deprivation";

// Counts are cast to int and sums of pence to bigint, then mapped to numbers, so both engines
// (postgres.js and PGlite) return the same shapes for the same aggregate.
export const int = (expression: ReturnType<typeof sql>) => sql<number>`(${expression})::int`.mapWith(Number);
export const pence = (expression: ReturnType<typeof sql>) => sql<number>`coalesce((${expression})::bigint, 0)`.mapWith(Number);

/**
 * True for a row whose neighbourhood is in the most deprived fifth: the deciles come from
 * lib/measures/deprivation.ts as parameters, so SQL and TypeScript share one definition.
 */
export const inMostDeprivedArea = (imdDecile: AnyColumn) => sql`${imdDecile} in (${sql.join(MOST_DEPRIVED_DECILES.map((decile) => sql`${decile}`), sql`, `)})`;
