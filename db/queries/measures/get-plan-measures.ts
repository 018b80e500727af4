import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { adoptedProposalStatuses, publicProposalStatuses } from "../../../lib/proposals/statuses";
import { assemblePlanMeasures, type PlanMeasures } from "../../../lib/measures/plan-measures";
import type { Database } from "../../connect";
import { int, pence } from "./aggregates";
import { listParticipantFigures } from "./participant-figures";
import { listPledgeTotals, listProposalsBySector, listSectorCombinations } from "./sector-figures";
import { listPopulationCoverage, listRegionPopulationGroups } from "../geography/list-population-groups";
import {
  areas,
  deliveryIndicators,
  deliveryUpdates,
  officialResponses,
  outcomeProjects,
  outcomes,
  proposals,
  themes,
} from "../../schema";

// Every measure is one aggregate query over the whole plan, so the page runs the same handful of
// queries however many proposals, people or pledges there are.

/** The region's neighbourhoods with population, deprivation and boundary for the map. */
export async function listMeasureAreas(db: Database, regionId: string) {
  return db
    .select({ id: areas.id, name: areas.name, code: areas.code, population: areas.population, imdDecile: areas.imdDecile, boundary: areas.boundary })
    .from(areas)
    .where(eq(areas.regionId, regionId))
    .orderBy(asc(areas.name));
}

/** The current count's budget, spend and ring-fence stages, or null before one is made. */
export async function getCurrentOutcomeSummary(db: Database, planId: string) {
  const [outcome] = await db
    .select({ budgetPence: outcomes.budgetPence, spentPence: outcomes.spentPence, details: outcomes.details })
    .from(outcomes)
    .where(and(eq(outcomes.planId, planId), eq(outcomes.isCurrent, true)));
  return outcome ?? null;
}

/** Selected (and of those, adopted) money in the current count by neighbourhood and theme. */
export async function listSelectedBudget(db: Database, planId: string) {
  return db
    .select({
      areaId: areas.id,
      areaName: areas.name,
      imdDecile: areas.imdDecile,
      themeName: themes.name,
      projects: int(sql`count(*)`),
      selectedPence: pence(sql`sum(${outcomeProjects.costPence})`),
      adoptedPence: pence(sql`sum(${outcomeProjects.costPence}) filter (where ${inArray(proposals.status, adoptedProposalStatuses)})`),
    })
    .from(outcomeProjects)
    .innerJoin(outcomes, eq(outcomes.id, outcomeProjects.outcomeId))
    .innerJoin(proposals, eq(proposals.id, outcomeProjects.proposalId))
    .innerJoin(areas, eq(areas.id, proposals.areaId))
    .innerJoin(themes, eq(themes.id, proposals.themeId))
    .where(and(eq(outcomes.planId, planId), eq(outcomes.isCurrent, true), eq(outcomeProjects.selected, true)))
    .groupBy(areas.id, areas.name, areas.imdDecile, themes.name);
}

/** Days from publication to each public proposal's first official response: median, and how many wait. */
export async function getResponsiveness(db: Database, planId: string) {
  const firstResponses = db
    .select({
      proposalId: proposals.id,
      days: sql<number | null>`extract(epoch from (min(${officialResponses.createdAt}) - ${proposals.publishedAt})) / 86400`.as("days"),
    })
    .from(proposals)
    .leftJoin(officialResponses, eq(officialResponses.proposalId, proposals.id))
    .where(and(eq(proposals.planId, planId), inArray(proposals.status, publicProposalStatuses), isNotNull(proposals.publishedAt)))
    .groupBy(proposals.id, proposals.publishedAt)
    .as("first_responses");
  const days = firstResponses.days;
  const [row] = await db
    .select({
      responded: int(sql`count(${days})`),
      waiting: int(sql`count(*) filter (where ${days} is null)`),
      // How long people waited, in the bands the chart shows (a week, two, four, eight, longer).
      withinWeek: int(sql`count(*) filter (where ${days} <= 7)`),
      withinTwoWeeks: int(sql`count(*) filter (where ${days} > 7 and ${days} <= 14)`),
      withinFourWeeks: int(sql`count(*) filter (where ${days} > 14 and ${days} <= 28)`),
      withinEightWeeks: int(sql`count(*) filter (where ${days} > 28 and ${days} <= 56)`),
      longer: int(sql`count(*) filter (where ${days} > 56)`),
      medianDays: sql<number | null>`(percentile_cont(0.5) within group (order by ${firstResponses.days}))::float8`.mapWith((value: unknown) =>
        value === null ? null : Number(value),
      ),
    })
    .from(firstResponses);
  return row ?? { responded: 0, waiting: 0, withinWeek: 0, withinTwoWeeks: 0, withinFourWeeks: 0, withinEightWeeks: 0, longer: 0, medianDays: null };
}

/** Adopted proposals by how far delivery has got: adopted, in delivery, delivered. */
export async function listDeliveryStages(db: Database, planId: string) {
  return db
    .select({ status: proposals.status, proposals: int(sql`count(*)`) })
    .from(proposals)
    .where(and(eq(proposals.planId, planId), inArray(proposals.status, adoptedProposalStatuses)))
    .groupBy(proposals.status);
}

/** Delivery indicators summed over the plan's adopted proposals. */
export async function listDeliveryIndicatorTotals(db: Database, planId: string) {
  return db
    .select({ kind: deliveryIndicators.kind, total: sql<number>`sum(${deliveryIndicators.value})::float8`.mapWith(Number), proposals: int(sql`count(distinct ${proposals.id})`) })
    .from(deliveryIndicators)
    .innerJoin(deliveryUpdates, eq(deliveryUpdates.id, deliveryIndicators.updateId))
    .innerJoin(proposals, eq(proposals.id, deliveryUpdates.proposalId))
    .where(and(eq(proposals.planId, planId), inArray(proposals.status, adoptedProposalStatuses)))
    .groupBy(deliveryIndicators.kind)
    .orderBy(asc(deliveryIndicators.kind));
}

export type { PlanMeasures };

/** Bump when PlanMeasures changes shape: stored snapshots of another version are recomputed, not read. */
export const PLAN_MEASURES_VERSION = 1;

/** Every figure on the measures page, from a fixed set of aggregate queries run side by side. */
export async function getPlanMeasures(db: Database, plan: { id: string; regionId: string }): Promise<PlanMeasures> {
  const [participants, areaRows, outcome, budget, bySector, combinations, pledgeTotals, responsiveness, stages, indicators, residents, coverage] = await Promise.all([
    listParticipantFigures(db, { planId: plan.id }),
    listMeasureAreas(db, plan.regionId),
    getCurrentOutcomeSummary(db, plan.id),
    listSelectedBudget(db, plan.id),
    listProposalsBySector(db, plan.id),
    listSectorCombinations(db, plan.id),
    listPledgeTotals(db, plan.id),
    getResponsiveness(db, plan.id),
    listDeliveryStages(db, plan.id),
    listDeliveryIndicatorTotals(db, plan.id),
    listRegionPopulationGroups(db, plan.regionId),
    listPopulationCoverage(db, plan.regionId),
  ]);
  return assemblePlanMeasures({
    participants,
    areas: areaRows,
    outcome,
    selectedBudget: budget,
    proposalsBySector: bySector,
    sectorCombinations: combinations,
    pledgeTotals,
    responsiveness,
    deliveryStages: stages,
    indicators,
    residents,
    coverage,
  });
}
