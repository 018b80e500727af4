import { eq, sql } from "drizzle-orm";
import type { Database } from "../../connect";
import { proposals } from "../../schema";

/**
 * Recomputes a proposal's denormalised counters from its rows. Call it in the same transaction
 * as any write to supports, comments, pledges or needs, so lists can sort by them without
 * aggregating and they can never drift. Pledges are valued exactly as lib/ledger.ts does:
 * quantity in hundredths × the plan's rate, rounded to whole pence.
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
        select coalesce(sum(round(round(p.quantity * 100) * r.pence_per_unit / 100.0)), 0)::bigint
        from pledges p
        join pledge_rates r on r.plan_id = ${proposals.planId} and r.kind = p.kind
        where p.proposal_id = ${proposals.id} and p.status in ('offered', 'confirmed', 'delivered')
      )`,
    })
    .where(eq(proposals.id, proposalId));
}
