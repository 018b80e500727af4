import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../connect";
import { plans, proposals } from "../../schema";

/**
 * The status and plan phase of each proposal, with their plans held for share until the transaction
 * ends (in id order, as every plan lock is taken), so the phase a moderation step is judged in cannot
 * move on before it is written.
 */
export async function lockProposalStanding(db: Database, proposalIds: readonly string[]) {
  if (proposalIds.length === 0) return [];
  await db
    .select({ id: plans.id })
    .from(plans)
    .where(inArray(plans.id, db.select({ planId: proposals.planId }).from(proposals).where(inArray(proposals.id, [...proposalIds]))))
    .orderBy(asc(plans.id))
    .for("share");
  return db
    .select({ id: proposals.id, status: proposals.status, planPhase: plans.phase })
    .from(proposals)
    .innerJoin(plans, eq(plans.id, proposals.planId))
    .where(inArray(proposals.id, [...proposalIds]));
}
