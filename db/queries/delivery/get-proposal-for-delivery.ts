import { eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { plans, proposals } from "../../schema";

/** What the policy needs about the proposal a delivery update is for. */
export async function getProposalForDelivery(db: Database, proposalId: string) {
  const [row] = await db
    .select({ id: proposals.id, title: proposals.title, status: proposals.status, authorId: proposals.authorId, planId: plans.id, planSlug: plans.slug, planTitle: plans.title, planPhase: plans.phase, areaId: proposals.areaId })
    .from(proposals)
    .innerJoin(plans, eq(plans.id, proposals.planId))
    .where(eq(proposals.id, proposalId));
  return row ?? null;
}
