import { and, eq, inArray, sql } from "drizzle-orm";
import { publicProposalStatuses } from "../../../lib/labels";
import type { Database } from "../../connect";
import { int, pence } from "./aggregates";
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

/**
 * Proposals whose proposer, agreed partners and standing pledges span two or more sectors,
 * counted by the set of sectors involved. Raw SQL: a union of three sources, then arrays.
 */
export async function listSectorCombinations(db: Database, planId: string) {
  const statuses = sql.join(publicProposalStatuses.map((status) => sql`${status}`), sql`, `);
  const source = sql`(
    select sectors, count(*) as proposals from (
      select involved.proposal_id, array_agg(distinct involved.sector order by involved.sector) as sectors from (
        select p.id as proposal_id, coalesce(o.sector::text, u.participant_type::text) as sector
          from proposals p join users u on u.id = p.author_id left join organisations o on o.id = p.organisation_id
          where p.plan_id = ${planId} and p.status in (${statuses})
        union
        select pa.proposal_id, o.sector::text from partners pa join organisations o on o.id = pa.organisation_id
          join proposals p on p.id = pa.proposal_id
          where p.plan_id = ${planId} and p.status in (${statuses}) and pa.status = 'agreed'
        union
        select pl.proposal_id, coalesce(o.sector::text, u.participant_type::text) from pledges pl
          join users u on u.id = pl.pledger_id left join organisations o on o.id = pl.organisation_id
          join proposals p on p.id = pl.proposal_id
          where p.plan_id = ${planId} and p.status in (${statuses}) and pl.status in ('offered', 'confirmed', 'delivered')
      ) involved group by involved.proposal_id having count(distinct involved.sector) >= 2
    ) partnered group by sectors
  ) combos`;
  const rows = await db
    .select({ sectors: sql<string[]>`combos.sectors`, proposals: sql<number>`combos.proposals::int`.mapWith(Number) })
    .from(source);
  return rows.map((row) => ({ sectors: [...row.sectors].sort(), proposals: row.proposals }));
}

/**
 * Pledges on public proposals by kind and status, valued per pledge exactly as `valuePledge` in
 * lib/ledger.ts does (quantity in hundredths × rate, rounded), then summed. Null value: no rate.
 */
export async function listPledgeTotals(db: Database, planId: string) {
  return db
    .select({
      kind: pledges.kind,
      status: pledges.status,
      pledges: int(sql`count(*)`),
      quantity: sql<number>`sum(${pledges.quantity})::float8`.mapWith(Number),
      unit: sql<string | null>`min(${pledgeRates.unit})`,
      valuePence: sql<number | null>`(sum(round(round(${pledges.quantity} * 100) * ${pledgeRates.pencePerUnit} / 100.0)) filter (where ${pledgeRates.pencePerUnit} is not null))::bigint`.mapWith(
        (value: unknown) => (value === null ? null : Number(value)),
      ),
    })
    .from(pledges)
    .innerJoin(proposals, eq(proposals.id, pledges.proposalId))
    .leftJoin(pledgeRates, and(eq(pledgeRates.planId, proposals.planId), eq(pledgeRates.kind, pledges.kind)))
    .where(and(eq(proposals.planId, planId), inArray(proposals.status, publicProposalStatuses)))
    .groupBy(pledges.kind, pledges.status);
}
