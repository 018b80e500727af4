import { lt, sql } from "drizzle-orm";
import { windowStart } from "@/lib/platform/rate-limit";
import type { Database } from "../../connect";
import { rateLimits } from "../../schema";

/**
 * Counts one hit against `key` in the current window and returns the count including it.
 * A single upsert, so concurrent requests on any number of instances never lose a hit.
 */
export async function hitRateLimit(db: Database, key: string, windowMs: number, now = new Date()): Promise<number> {
  const start = windowStart(now, windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart: start, count: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
    .returning({ count: rateLimits.count });
  return row?.count ?? 1;
}

/** Old windows are useless; callers prune occasionally so the table stays small. */
export async function pruneRateLimits(db: Database, olderThan: Date): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, olderThan));
}
