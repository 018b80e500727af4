import { eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { plans, proposals } from "../../schema";
import type { RowLock } from "../row-lock";

/**
 * A proposal with the plan facts an officer's decision on it turns on. With `planLock` the plan row
 * is held, so its phase cannot move on between the check and the write.
 */
export async function getProposalInPlan(db: Database, proposalId: string, planLock?: RowLock) {
  const query = db
    .select({ id: proposals.id, status: proposals.status, supportCount: proposals.supportCount, planId: plans.id, planSlug: plans.slug, planPhase: plans.phase, supportThreshold: plans.supportThreshold })
    .from(proposals)
    .innerJoin(plans, eq(plans.id, proposals.planId))
    .where(eq(proposals.id, proposalId));
  const [row] = planLock ? await query.for(planLock, { of: plans }) : await query;
  return row ?? null;
}
