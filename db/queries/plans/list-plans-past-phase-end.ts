import { and, eq, lte, or } from "drizzle-orm";
import type { Database } from "../../connect";
import { planPhases, plans } from "../../schema";

/**
 * Plans whose current phase's end has passed and which may move on without a click: every plan
 * still voting (its end time is binding), and the others whose officer chose to advance
 * automatically. Read without locks: each is judged again under its row lock before it moves.
 */
export async function listPlansPastPhaseEnd(db: Database, now: Date): Promise<string[]> {
  const rows = await db
    .select({ id: plans.id })
    .from(plans)
    .innerJoin(planPhases, and(eq(planPhases.planId, plans.id), eq(planPhases.phase, plans.phase)))
    .where(and(lte(planPhases.endsAt, now), or(eq(plans.phase, "voting"), eq(plans.autoAdvance, true))));
  return rows.map((row) => row.id);
}
