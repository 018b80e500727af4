import { and, asc, eq, inArray, isNotNull, ne, sql } from "drizzle-orm";
import { publicProposalStatuses } from "../../../lib/proposals/statuses";
import { assembleRegionSeries } from "../../../lib/measures/region-measures";
import type { Database } from "../../connect";
import { pledgeValuePence, standingPledgeStatusList } from "../coproduction/pledge-value";
import { inMostDeprivedArea, int, pence } from "./aggregates";
import { partneredProposals } from "./partnered-proposals";
import { listParticipantFigures } from "./participant-figures";
import { listRegionPopulationGroups } from "../geography/list-population-groups";
import {
  areas,
  ballots,
  officialResponses,
  outcomeProjects,
  outcomes,
  planPhases,
  pledgeRates,
  pledges,
  plans,
  proposals,
  users,
} from "../../schema";

// The region over time: every query below covers all of the region's public plans at once and is
// grouped by plan, so the page runs the same ten queries however many plans there are.
const mostDeprived = inMostDeprivedArea(areas.imdDecile);

const regionPlan = (regionId: string) => and(eq(plans.regionId, regionId), ne(plans.phase, "draft"));

/** The region's public plans in date order: the first phase's start, or when the plan was made. */
export async function listRegionPlans(db: Database, regionId: string) {
  const starts = db
    .select({ planId: planPhases.planId, startsAt: sql<Date>`min(${planPhases.startsAt})`.as("starts_at") })
    .from(planPhases)
    .groupBy(planPhases.planId)
    .as("plan_starts");
  const sortDate = sql`coalesce(${starts.startsAt}, ${plans.createdAt})`;
  return db
    .select({ id: plans.id, slug: plans.slug, title: plans.title, periodLabel: plans.periodLabel })
    .from(plans)
    .leftJoin(starts, eq(starts.planId, plans.id))
    .where(regionPlan(regionId))
    .orderBy(asc(sortDate), asc(plans.title));
}

function listRegionAreaPopulations(db: Database, regionId: string) {
  return db.select({ id: areas.id, population: areas.population, imdDecile: areas.imdDecile }).from(areas).where(eq(areas.regionId, regionId));
}

/** Public proposals per plan, and how many are in the most deprived fifth of neighbourhoods. */
export async function listRegionProposalShares(db: Database, regionId: string) {
  return db
    .select({ planId: proposals.planId, total: int(sql`count(*)`), mostDeprived: int(sql`count(*) filter (where ${mostDeprived})`) })
    .from(proposals)
    .innerJoin(plans, eq(plans.id, proposals.planId))
    .innerJoin(areas, eq(areas.id, proposals.areaId))
    .where(and(regionPlan(regionId), inArray(proposals.status, publicProposalStatuses)))
    .groupBy(proposals.planId);
}

/** Online ballots per plan, and how many were cast by people whose home neighbourhood is in the most deprived fifth. */
export async function listRegionOnlineVoteShares(db: Database, regionId: string) {
  return db
    .select({ planId: ballots.planId, total: int(sql`count(*)`), mostDeprived: int(sql`count(*) filter (where ${mostDeprived})`) })
    .from(ballots)
    .innerJoin(plans, eq(plans.id, ballots.planId))
    .innerJoin(users, eq(users.id, ballots.voterId))
    .leftJoin(areas, eq(areas.id, users.homeAreaId))
    .where(and(regionPlan(regionId), eq(ballots.source, "online")))
    .groupBy(ballots.planId);
}

/** Selected budget in each plan's current count, and the part going to the most deprived fifth. */
export async function listRegionSelectedBudget(db: Database, regionId: string) {
  return db
    .select({
      planId: outcomes.planId,
      totalPence: pence(sql`sum(${outcomeProjects.costPence})`),
      mostDeprivedPence: pence(sql`sum(${outcomeProjects.costPence}) filter (where ${mostDeprived})`),
    })
    .from(outcomes)
    .innerJoin(plans, eq(plans.id, outcomes.planId))
    .leftJoin(outcomeProjects, and(eq(outcomeProjects.outcomeId, outcomes.id), eq(outcomeProjects.selected, true)))
    .leftJoin(proposals, eq(proposals.id, outcomeProjects.proposalId))
    .leftJoin(areas, eq(areas.id, proposals.areaId))
    .where(and(regionPlan(regionId), eq(outcomes.isCurrent, true)))
    .groupBy(outcomes.planId);
}

/** Standing (offered, confirmed, delivered) and delivered pledge value per plan, each pledge valued as `valuePledge` does. */
export async function listRegionPledgeValues(db: Database, regionId: string) {
  const value = pledgeValuePence(pledges.quantity, pledgeRates.pencePerUnit);
  const standing = standingPledgeStatusList();
  return db
    .select({
      planId: proposals.planId,
      pledgedPence: pence(sql`sum(${value}) filter (where ${pledges.status} in (${standing}))`),
      deliveredPence: pence(sql`sum(${value}) filter (where ${pledges.status} = 'delivered')`),
    })
    .from(pledges)
    .innerJoin(proposals, eq(proposals.id, pledges.proposalId))
    .innerJoin(plans, eq(plans.id, proposals.planId))
    .leftJoin(pledgeRates, and(eq(pledgeRates.planId, proposals.planId), eq(pledgeRates.kind, pledges.kind)))
    .where(and(regionPlan(regionId), inArray(proposals.status, publicProposalStatuses)))
    .groupBy(proposals.planId);
}

/** Cross-sector partnerships per plan: public proposals whose proposer, agreed partners and standing pledges span two or more sectors. */
export async function listRegionPartnerships(db: Database, regionId: string) {
  const scope = sql`pl.region_id = ${regionId} and pl.phase <> 'draft'`;
  const source = sql`(select partnered.plan_id, count(*) as proposals from ${partneredProposals(scope)} partnered group by partnered.plan_id) partnerships`;
  return db
    .select({ planId: sql<string>`partnerships.plan_id`, proposals: sql<number>`partnerships.proposals::int`.mapWith(Number) })
    .from(source);
}

/** Median days from publication to a first official response, per plan, over public proposals that have one. */
export async function listRegionResponsiveness(db: Database, regionId: string) {
  const firstResponses = db
    .select({
      planId: proposals.planId,
      days: sql<number>`extract(epoch from (min(${officialResponses.createdAt}) - ${proposals.publishedAt})) / 86400`.as("days"),
    })
    .from(proposals)
    .innerJoin(plans, eq(plans.id, proposals.planId))
    .innerJoin(officialResponses, eq(officialResponses.proposalId, proposals.id))
    .where(and(regionPlan(regionId), inArray(proposals.status, publicProposalStatuses), isNotNull(proposals.publishedAt)))
    .groupBy(proposals.planId, proposals.id, proposals.publishedAt)
    .as("first_responses");
  return db
    .select({
      planId: firstResponses.planId,
      responded: int(sql`count(*)`),
      medianDays: sql<number | null>`(percentile_cont(0.5) within group (order by ${firstResponses.days}))::float8`.mapWith((value: unknown) =>
        value === null ? null : Number(value),
      ),
    })
    .from(firstResponses)
    .groupBy(firstResponses.planId);
}

export type RegionMeasures = Awaited<ReturnType<typeof getRegionMeasures>>;

/** Bump when RegionMeasures changes shape: stored snapshots of another version are recomputed, not read. */
export const REGION_MEASURES_VERSION = 1;

/** The region over time: one row per public plan in date order, from ten aggregate queries run side by side. */
export async function getRegionMeasures(db: Database, regionId: string) {
  const [regionPlans, areaRows, participants, proposalShares, onlineVotes, selectedBudget, pledgeValues, partnerships, responses, residents] = await Promise.all([
    listRegionPlans(db, regionId),
    listRegionAreaPopulations(db, regionId),
    listParticipantFigures(db, { regionId }),
    listRegionProposalShares(db, regionId),
    listRegionOnlineVoteShares(db, regionId),
    listRegionSelectedBudget(db, regionId),
    listRegionPledgeValues(db, regionId),
    listRegionPartnerships(db, regionId),
    listRegionResponsiveness(db, regionId),
    listRegionPopulationGroups(db, regionId),
  ]);
  return assembleRegionSeries({
    plans: regionPlans,
    areas: areaRows,
    participants: participants.places,
    equality: participants.equality,
    residents,
    proposals: proposalShares,
    onlineVotes,
    selectedBudget,
    pledges: pledgeValues,
    partnerships,
    responses,
  });
}
