import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { equalityOptions, equalityQuestionKeys } from "../../../lib/people/equality";
import { publicProposalStatuses } from "../../../lib/labels";
import { standingPledgeStatuses } from "../../../lib/pledges/pledges";
import {
  communitySharePercent,
  deprivationGap,
  perThousand,
  ringFencesFromDetails,
  sectorPairs,
  sumBy,
  sumByDecile,
} from "../../../lib/measures/measures";
import { compareWithResidents } from "../../../lib/measures/representativeness";
import type { Database } from "../../connect";
import { int, pence } from "./aggregates";
import { listParticipantFigures } from "./measures-participants";
import { listPledgeTotals, listProposalsBySector, listSectorCombinations } from "./measures-sectors";
import { listPopulationCoverage, listRegionPopulationGroups } from "../geography/population";
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

const adoptedStatuses = ["adopted", "in_delivery", "delivered"] as const;

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
      adoptedPence: pence(sql`sum(${outcomeProjects.costPence}) filter (where ${inArray(proposals.status, adoptedStatuses)})`),
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
    .where(and(eq(proposals.planId, planId), inArray(proposals.status, adoptedStatuses)))
    .groupBy(proposals.status);
}

/** Delivery indicators summed over the plan's adopted proposals. */
export async function listDeliveryIndicatorTotals(db: Database, planId: string) {
  return db
    .select({ kind: deliveryIndicators.kind, total: sql<number>`sum(${deliveryIndicators.value})::float8`.mapWith(Number), proposals: int(sql`count(distinct ${proposals.id})`) })
    .from(deliveryIndicators)
    .innerJoin(deliveryUpdates, eq(deliveryUpdates.id, deliveryIndicators.updateId))
    .innerJoin(proposals, eq(proposals.id, deliveryUpdates.proposalId))
    .where(and(eq(proposals.planId, planId), inArray(proposals.status, adoptedStatuses)))
    .groupBy(deliveryIndicators.kind)
    .orderBy(asc(deliveryIndicators.kind));
}

export type PlanMeasures = Awaited<ReturnType<typeof getPlanMeasures>>;

/** Bump when PlanMeasures changes shape: stored snapshots of another version are recomputed, not read. */
export const PLAN_MEASURES_VERSION = 1;

/** Every figure on the measures page, from a fixed set of aggregate queries run side by side. */
export async function getPlanMeasures(db: Database, plan: { id: string; regionId: string }) {
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
  const { places: people, equality } = participants;
  const peopleByArea = sumBy(people, (row) => row.homeAreaId ?? "", (row) => row.people);
  const reachByArea = areaRows.map((area) => {
    const count = peopleByArea.get(area.id) ?? 0;
    return { ...area, people: count, perThousand: perThousand(count, area.population) };
  });
  const regionAreaIds = new Set(areaRows.map((area) => area.id));
  const totalPeople = people.reduce((sum, row) => sum + row.people, 0);
  const reachByDecile = sumByDecile(reachByArea.map((area) => ({ imdDecile: area.imdDecile, count: area.people, population: area.population }))).map((row) => ({
    ...row,
    perThousand: perThousand(row.count, row.population),
  }));
  const standing = pledgeTotals.filter((row) => (standingPledgeStatuses as readonly string[]).includes(row.status));
  const pledgedPence = standing.reduce((sum, row) => sum + (row.valuePence ?? 0), 0);
  const requestedPence = bySector.reduce((sum, row) => sum + row.requestedPence, 0);
  const byTheme = sumBy(budget, (row) => row.themeName, (row) => row.selectedPence);
  const adoptedByTheme = sumBy(budget, (row) => row.themeName, (row) => row.adoptedPence);
  const byDecile = sumBy(budget, (row) => String(row.imdDecile), (row) => row.selectedPence);
  const adoptedByDecile = sumBy(budget, (row) => String(row.imdDecile), (row) => row.adoptedPence);
  const byArea = new Map<string, { areaName: string; imdDecile: number; selectedPence: number; adoptedPence: number; projects: number }>();
  for (const row of budget) {
    const entry = byArea.get(row.areaId) ?? { areaName: row.areaName, imdDecile: row.imdDecile, selectedPence: 0, adoptedPence: 0, projects: 0 };
    entry.selectedPence += row.selectedPence;
    entry.adoptedPence += row.adoptedPence;
    entry.projects += row.projects;
    byArea.set(row.areaId, entry);
  }
  const selectedPence = budget.reduce((sum, row) => sum + row.selectedPence, 0);
  const mostDeprivedPence = budget.filter((row) => row.imdDecile <= 2).reduce((sum, row) => sum + row.selectedPence, 0);
  return {
    reach: {
      totalPeople,
      peopleWithoutRegionArea: people.filter((row) => row.homeAreaId === null || !regionAreaIds.has(row.homeAreaId)).reduce((sum, row) => sum + row.people, 0),
      byArea: reachByArea,
      byDecile: reachByDecile,
      gap: deprivationGap(reachByDecile),
    },
    money: outcome
      ? {
          budgetPence: outcome.budgetPence,
          selectedPence,
          adoptedPence: budget.reduce((sum, row) => sum + row.adoptedPence, 0),
          mostDeprivedPence,
          byArea: [...byArea.entries()].map(([areaId, entry]) => ({ areaId, ...entry })).sort((a, b) => b.selectedPence - a.selectedPence || a.areaName.localeCompare(b.areaName)),
          byTheme: [...byTheme.entries()]
            .map(([themeName, pence]) => ({ themeName, selectedPence: pence, adoptedPence: adoptedByTheme.get(themeName) ?? 0 }))
            .sort((a, b) => b.selectedPence - a.selectedPence || a.themeName.localeCompare(b.themeName)),
          byDecile: Array.from({ length: 10 }, (_, index) => ({
            imdDecile: index + 1,
            selectedPence: byDecile.get(String(index + 1)) ?? 0,
            adoptedPence: adoptedByDecile.get(String(index + 1)) ?? 0,
          })),
          ringFences: ringFencesFromDetails(outcome.details),
        }
      : null,
    sectors: {
      people: [...sumBy(people, (row) => row.participantType, (row) => row.people).entries()].map(([sector, count]) => ({ sector, people: count })),
      proposals: bySector,
      combinations,
      pairs: sectorPairs(combinations),
      partnerships: combinations.reduce((sum, row) => sum + row.proposals, 0),
    },
    pledges: {
      rows: pledgeTotals.sort((a, b) => a.kind.localeCompare(b.kind) || a.status.localeCompare(b.status)),
      pledgedPence,
      requestedPence,
      communitySharePercent: communitySharePercent(pledgedPence, requestedPence),
    },
    responsiveness,
    delivery: adoptedStatuses.map((status) => ({ status, proposals: stages.find((row) => row.status === status)?.proposals ?? 0 })),
    indicators,
    representativeness: equalityQuestionKeys.map((question) => {
      const held = coverage.find((row) => row.question === question);
      return {
        question,
        areasWithFigures: held?.areas ?? 0,
        areasInRegion: areaRows.length,
        sources: held?.sources ?? [],
        ...compareWithResidents({
          options: equalityOptions(question),
          participants: equality.filter((row) => row.question === question),
          residents: residents.filter((row) => row.question === question),
        }),
      };
    }),
  };
}
