import { eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { plans, proposals } from "../../schema";

/** The proposal a pledge, support, endorsement or partner offer touches, with what the policy needs. */
export async function getInteractionTarget(db: Database, proposalId: string) {
  const [row] = await db
    .select({
      id: proposals.id,
      title: proposals.title,
      status: proposals.status,
      authorId: proposals.authorId,
      planPhase: plans.phase,
    })
    .from(proposals)
    .innerJoin(plans, eq(plans.id, proposals.planId))
    .where(eq(proposals.id, proposalId))
    .limit(1);
  return row ?? null;
}
