import { eq, sql } from "drizzle-orm";
import type { Database } from "../../connect";
import { proposals } from "../../schema";
import { pledgeValuePence, standingPledgeStatusList } from "../coproduction/pledge-value";

/**
 * Recomputes a proposal's denormalised counters from its rows. Call it in the same transaction
 * as any write to supports, comments, pledges or needs, so lists can sort by them without
 * aggregating and they can never drift. Standing pledges are valued as
 * `pledgeValuePence` does.
 */
export async function refreshProposalCounters(db: Database, proposalId: string): Promise<void> {
  // Lock the proposal first, in its own statement: concurrent writers then count one after another,
  // and (under READ COMMITTED) the counting statement below gets a snapshot taken after the wait,
  // which includes the rows the other writer committed. One statement alone would count stale rows.
  await db.select({ id: proposals.id }).from(proposals).where(eq(proposals.id, proposalId)).for("update");
  await db
    .update(proposals)
    .set({
      supportCount: sql`(select count(*)::int from supports s where s.proposal_id = ${proposals.id})`,
      commentCount: sql`(select count(*)::int from comments c where c.proposal_id = ${proposals.id} and c.deleted_at is null and c.hidden_at is null)`,
      openNeedCount: sql`(select count(*)::int from needs n where n.proposal_id = ${proposals.id} and n.status = 'open')`,
      pledgedValuePence: sql`(
        select coalesce(sum(${pledgeValuePence(sql`p.quantity`, sql`r.pence_per_unit`)}), 0)::bigint
        from pledges p
        join pledge_rates r on r.plan_id = ${proposals.planId} and r.kind = p.kind
        where p.proposal_id = ${proposals.id} and p.status in (${standingPledgeStatusList()})
      )`,
    })
    .where(eq(proposals.id, proposalId));
}
