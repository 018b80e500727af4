import { sql } from "drizzle-orm";

// Counts are cast to int and sums of pence to bigint, then mapped to numbers, so both engines
// (postgres.js and PGlite) return the same shapes for the same aggregate.
export const int = (expression: ReturnType<typeof sql>) => sql<number>`(${expression})::int`.mapWith(Number);
export const pence = (expression: ReturnType<typeof sql>) => sql<number>`coalesce((${expression})::bigint, 0)`.mapWith(Number);
