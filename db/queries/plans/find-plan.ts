import { eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { plans } from "../../schema";
import type { RowLock } from "../row-lock";

/**
 * A plan by id, or null. With `lock` the row is held until the transaction ends, so the phase and
 * counting rules an action judged cannot change before it writes.
 */
export async function findPlan(db: Database, planId: string, lock?: RowLock) {
  const query = db.select().from(plans).where(eq(plans.id, planId));
  const [plan] = lock ? await query.for(lock) : await query;
  return plan ?? null;
}

export type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;
