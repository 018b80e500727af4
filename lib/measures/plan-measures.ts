import type { IndicatorKind } from "../delivery/indicators";
import type { Geometry } from "../geography/project";
import { equalityOptions, equalityQuestionKeys, type EqualityQuestionKey } from "../people/equality";
import type { PledgeKind } from "../pledges/kinds";
import { standingPledgeStatuses, type PledgeStatus } from "../pledges/statuses";
import { adoptedProposalStatuses, type ProposalStatus } from "../proposals/statuses";
import { percentOf } from "../shared/money";
import { deprivationGap, isMostDeprived, perThousand, sumByDecile } from "./deprivation";
import { compareWithResidents } from "./representativeness";

/** The community's share of a whole project cost: contributions over public money plus contributions, 0–100. */
export function communitySharePercent(pledgedPence: number, publicPence: number): number {
  return percentOf(pledgedPence, publicPence + pledgedPence);
}

/** The median of some numbers, or null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

export function describeMedianDays(days: number | null): string {
  if (days === null) return "no responses yet";
  const rounded = Math.round(days * 10) / 10;
  return `${rounded} ${rounded === 1 ? "day" : "days"}`;
}

export interface RingFenceResult {
  label: string;
  budgetPence: number;
  spentPence: number;
  status: "met" | "partly met" | "not met";
  shortfallPence: number;
}

/**
 * Ring-fence stages from a stored outcome's details (`{ label: null | string, budget, spent }`, as
 * countAndStoreOutcome and the demo seed write them). The open stage (label null) is not a ring-fence;
 * "main" and the *Pence field names are read too, for demo databases seeded before the shapes agreed.
 */
export function ringFencesFromDetails(details: unknown): RingFenceResult[] {
  if (!isRecord(details) || !Array.isArray(details.stages)) return [];
  const results: RingFenceResult[] = [];
  for (const stage of details.stages) {
    if (!isRecord(stage) || typeof stage.label !== "string" || stage.label === "main") continue;
    const budgetPence = numberField(stage.budget) ?? numberField(stage.budgetPence) ?? 0;
    const spentPence = numberField(stage.spent) ?? numberField(stage.spentPence) ?? 0;
    results.push({
      label: stage.label,
      budgetPence,
      spentPence,
      status: spentPence >= budgetPence ? "met" : spentPence > 0 ? "partly met" : "not met",
      shortfallPence: Math.max(0, budgetPence - spentPence),
    });
  }
  return results;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function numberField(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** How often each pair of sectors works together, from counts of proposals per set of sectors. */
export function sectorPairs(combinations: readonly { sectors: readonly string[]; proposals: number }[]): { a: string; b: string; proposals: number }[] {
  const pairs = new Map<string, { a: string; b: string; proposals: number }>();
  for (const { sectors, proposals } of combinations) {
    const unique = [...new Set(sectors)].sort();
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        const a = unique[i] ?? "";
        const b = unique[j] ?? "";
        const key = `${a}|${b}`;
        const pair = pairs.get(key) ?? { a, b, proposals: 0 };
        pair.proposals += proposals;
        pairs.set(key, pair);
      }
    }
  }
  return [...pairs.values()].sort((x, y) => y.proposals - x.proposals || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/** Sums rows into groups by a key, keeping the first label seen: for budget by neighbourhood, theme or decile. */
export function sumBy<T>(rows: readonly T[], keyOf: (row: T) => string, valueOf: (row: T) => number): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(keyOf(row), (sums.get(keyOf(row)) ?? 0) + valueOf(row));
  return sums;
}

/** Days from publication to a first official response, in the bands the chart shows. */
export interface Responsiveness {
  responded: number;
  waiting: number;
  withinWeek: number;
  withinTwoWeeks: number;
  withinFourWeeks: number;
  withinEightWeeks: number;
  longer: number;
  medianDays: number | null;
}

/** The aggregate rows of one plan, as the measures queries return them. */
export interface PlanMeasureInputs {
  /** Everyone taking part by home neighbourhood and type; equality answers are private until suppressed. */
  participants: {
    places: readonly { homeAreaId: string | null; participantType: string; people: number }[];
    equality: readonly { question: EqualityQuestionKey; answer: string | null; people: number }[];
  };
  areas: readonly { id: string; name: string; code: string; population: number; imdDecile: number; boundary: Geometry | null }[];
  /** The current count, or null before one is made. */
  outcome: { budgetPence: number; details: unknown } | null;
  /** Selected (and adopted) money in the current count, by neighbourhood and theme. */
  selectedBudget: readonly { areaId: string; areaName: string; imdDecile: number; themeName: string; projects: number; selectedPence: number; adoptedPence: number }[];
  proposalsBySector: readonly { sector: string; proposals: number; requestedPence: number }[];
  sectorCombinations: readonly { sectors: string[]; proposals: number }[];
  pledgeTotals: readonly { kind: PledgeKind; status: PledgeStatus; pledges: number; quantity: number; unit: string | null; valuePence: number | null }[];
  responsiveness: Responsiveness;
  deliveryStages: readonly { status: ProposalStatus; proposals: number }[];
  indicators: readonly { kind: IndicatorKind; total: number; proposals: number }[];
  residents: readonly { question: EqualityQuestionKey; answer: string; people: number }[];
  /** Per equality question, how many neighbourhoods have residents' figures, and from where. */
  coverage: readonly { question: string; areas: number; sources: string[] }[];
}

export type PlanMeasures = ReturnType<typeof assemblePlanMeasures>;

const byAmountThenName = <T>(amount: (row: T) => number, name: (row: T) => string) => (a: T, b: T) => amount(b) - amount(a) || name(a).localeCompare(name(b));

/** Every figure on a plan's measures page, put together from the plan's aggregate rows. */
export function assemblePlanMeasures(input: PlanMeasureInputs) {
  const { participants, areas, outcome, selectedBudget: budget, proposalsBySector: bySector, sectorCombinations: combinations, pledgeTotals } = input;
  const people = participants.places;
  const peopleByArea = sumBy(people, (row) => row.homeAreaId ?? "", (row) => row.people);
  const reachByArea = areas.map((area) => {
    const count = peopleByArea.get(area.id) ?? 0;
    return { ...area, people: count, perThousand: perThousand(count, area.population) };
  });
  const regionAreaIds = new Set(areas.map((area) => area.id));
  const reachByDecile = sumByDecile(reachByArea.map((area) => ({ imdDecile: area.imdDecile, count: area.people, population: area.population }))).map((row) => ({
    ...row,
    perThousand: perThousand(row.count, row.population),
  }));
  const standing = pledgeTotals.filter((row) => (standingPledgeStatuses as readonly string[]).includes(row.status));
  const pledgedPence = standing.reduce((sum, row) => sum + (row.valuePence ?? 0), 0);
  const requestedPence = bySector.reduce((sum, row) => sum + row.requestedPence, 0);
  return {
    reach: {
      totalPeople: people.reduce((sum, row) => sum + row.people, 0),
      peopleWithoutRegionArea: people.filter((row) => row.homeAreaId === null || !regionAreaIds.has(row.homeAreaId)).reduce((sum, row) => sum + row.people, 0),
      byArea: reachByArea,
      byDecile: reachByDecile,
      gap: deprivationGap(reachByDecile),
    },
    money: outcome ? summariseSelectedBudget(outcome, budget) : null,
    sectors: {
      people: [...sumBy(people, (row) => row.participantType, (row) => row.people).entries()].map(([sector, count]) => ({ sector, people: count })),
      proposals: [...bySector],
      combinations: [...combinations],
      pairs: sectorPairs(combinations),
      partnerships: combinations.reduce((sum, row) => sum + row.proposals, 0),
    },
    pledges: {
      rows: [...pledgeTotals].sort((a, b) => a.kind.localeCompare(b.kind) || a.status.localeCompare(b.status)),
      pledgedPence,
      requestedPence,
      communitySharePercent: communitySharePercent(pledgedPence, requestedPence),
    },
    responsiveness: input.responsiveness,
    delivery: adoptedProposalStatuses.map((status) => ({ status, proposals: input.deliveryStages.find((row) => row.status === status)?.proposals ?? 0 })),
    indicators: [...input.indicators],
    representativeness: equalityQuestionKeys.map((question) => {
      const held = input.coverage.find((row) => row.question === question);
      return {
        question,
        areasWithFigures: held?.areas ?? 0,
        areasInRegion: areas.length,
        sources: held?.sources ?? [],
        ...compareWithResidents({
          options: equalityOptions(question),
          participants: participants.equality.filter((row) => row.question === question),
          residents: input.residents.filter((row) => row.question === question),
        }),
      };
    }),
  };
}

/** Where the money of the current count goes: by neighbourhood, theme and decile, with the ring-fences. */
function summariseSelectedBudget(outcome: NonNullable<PlanMeasureInputs["outcome"]>, budget: PlanMeasureInputs["selectedBudget"]) {
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
  return {
    budgetPence: outcome.budgetPence,
    selectedPence: budget.reduce((sum, row) => sum + row.selectedPence, 0),
    adoptedPence: budget.reduce((sum, row) => sum + row.adoptedPence, 0),
    mostDeprivedPence: budget.filter((row) => isMostDeprived(row.imdDecile)).reduce((sum, row) => sum + row.selectedPence, 0),
    byArea: [...byArea.entries()].map(([areaId, entry]) => ({ areaId, ...entry })).sort(byAmountThenName((row) => row.selectedPence, (row) => row.areaName)),
    byTheme: [...byTheme.entries()]
      .map(([themeName, pence]) => ({ themeName, selectedPence: pence, adoptedPence: adoptedByTheme.get(themeName) ?? 0 }))
      .sort(byAmountThenName((row) => row.selectedPence, (row) => row.themeName)),
    byDecile: Array.from({ length: 10 }, (_, index) => ({
      imdDecile: index + 1,
      selectedPence: byDecile.get(String(index + 1)) ?? 0,
      adoptedPence: adoptedByDecile.get(String(index + 1)) ?? 0,
    })),
    ringFences: ringFencesFromDetails(outcome.details),
  };
}
