import { eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { organisations, plans, proposals } from "../../schema";

/** The proposal an assessment is about, with what the rules need: its plan and its organisation. */
export async function getProposalForAssessment(db: Database, proposalId: string) {
  const [row] = await db
    .select({
      id: proposals.id,
      title: proposals.title,
      status: proposals.status,
      organisationId: proposals.organisationId,
      organisationName: organisations.name,
      planId: plans.id,
      planSlug: plans.slug,
      planTitle: plans.title,
      planPhase: plans.phase,
    })
    .from(proposals)
    .innerJoin(plans, eq(plans.id, proposals.planId))
    .leftJoin(organisations, eq(organisations.id, proposals.organisationId))
    .where(eq(proposals.id, proposalId));
  return row ?? null;
}
