import { and, eq, inArray, sql } from "drizzle-orm";
import { publicProposalStatuses } from "../../../lib/proposals/statuses";
import type { Database } from "../../connect";
import { pledgeValuePence } from "../coproduction/pledge-value";
import { int, pence } from "./aggregates";
import { partneredProposals } from "./partnered-proposals";
import { organisations, pledgeRates, pledges, proposals, users } from "../../schema";

// Who proposes and who brings what, for a plan's measures: aggregates over its public proposals.
const proposalSector = sql<string>`coalesce(${organisations.sector}::text, ${users.participantType}::text)`;

/** Public proposals and the public money they ask for, by the proposer's sector (an organisation's, or the person's type). */
export async function listProposalsBySector(db: Database, planId: string) {
  return db
    .select({
      sector: proposalSector,
      proposals: int(sql`count(*)`),
      requestedPence: pence(sql`sum(coalesce(${proposals.finalCostPence}, ${proposals.estimatedCostPence}))`),
    })
    .from(proposals)
    .innerJoin(users, eq(users.id, proposals.authorId))
    .leftJoin(organisations, eq(organisations.id, proposals.organisationId))
    .where(and(eq(proposals.planId, planId), inArray(proposals.status, publicProposalStatuses)))
    .groupBy(proposalSector);
}

/** A plan's cross-sector partnerships, counted by the set of sectors involved. */
export async function listSectorCombinations(db: Database, planId: string) {
  const source = sql`(select partnered.sectors, count(*) as proposals from ${partneredProposals(sql`p.plan_id = ${planId}`)} partnered group by partnered.sectors) combos`;
  const rows = await db
    .select({ sectors: sql<string[]>`combos.sectors`, proposals: sql<number>`combos.proposals::int`.mapWith(Number) })
    .from(source);
  return rows.map((row) => ({ sectors: [...row.sectors].sort(), proposals: row.proposals }));
}

/**
 * Pledges on public proposals by kind and status, valued per pledge (`pledgeValuePence`), then
 * summed. Null value: no rate.
 */
export async function listPledgeTotals(db: Database, planId: string) {
  return db
    .select({
      kind: pledges.kind,
      status: pledges.status,
      pledges: int(sql`count(*)`),
      quantity: sql<number>`sum(${pledges.quantity})::float8`.mapWith(Number),
      unit: sql<string | null>`min(${pledgeRates.unit})`,
      valuePence: sql<number | null>`(sum(${pledgeValuePence(pledges.quantity, pledgeRates.pencePerUnit)}) filter (where ${pledgeRates.pencePerUnit} is not null))::bigint`.mapWith(
        (value: unknown) => (value === null ? null : Number(value)),
      ),
    })
    .from(pledges)
    .innerJoin(proposals, eq(proposals.id, pledges.proposalId))
    .leftJoin(pledgeRates, and(eq(pledgeRates.planId, proposals.planId), eq(pledgeRates.kind, pledges.kind)))
    .where(and(eq(proposals.planId, planId), inArray(proposals.status, publicProposalStatuses)))
    .groupBy(pledges.kind, pledges.status);
}
