import { asc, count, eq, inArray, ne, sql } from "drizzle-orm";
import { publicProposalStatuses } from "@/lib/proposals/statuses";
import type { Database } from "../../connect";
import { plans, proposals, regions } from "../../schema";

/** Plans anyone may see (not drafts), newest first, with how many public proposals each has. */
export async function listPublicPlans(db: Database) {
  const proposalCounts = db
    .select({ planId: proposals.planId, n: count().as("n") })
    .from(proposals)
    .where(inArray(proposals.status, [...publicProposalStatuses]))
    .groupBy(proposals.planId)
    .as("proposal_counts");
  return db
    .select({
      id: plans.id,
      slug: plans.slug,
      title: plans.title,
      summary: plans.summary,
      periodLabel: plans.periodLabel,
      phase: plans.phase,
      budgetPence: plans.budgetPence,
      regionName: regions.name,
      proposalCount: sql<number>`coalesce(${proposalCounts.n}, 0)::int`,
    })
    .from(plans)
    .innerJoin(regions, eq(regions.id, plans.regionId))
    .leftJoin(proposalCounts, eq(proposalCounts.planId, plans.id))
    .where(ne(plans.phase, "draft"))
    .orderBy(sql`${plans.createdAt} desc`, asc(plans.title));
}
