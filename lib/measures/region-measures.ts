import { equalityOptions, equalityQuestionKeys, type EqualityQuestionKey } from "../people/equality";
import { deprivationGap, perThousand, sumByDecile, type FifthsGap } from "./deprivation";
import type { SuppressedCount } from "./suppression";
import { percentOf } from "../shared/money";
import { compareWithResidents } from "./representativeness";

/** A part's whole-number share of a whole, 0–100; null when there is no whole to share (nothing to show). */
export function shareOrNull(part: number, whole: number): number | null {
  return whole > 0 ? percentOf(part, whole) : null;
}

export interface RegionArea {
  id: string;
  population: number;
  imdDecile: number;
}

export interface RegionPlan {
  id: string;
  slug: string;
  title: string;
  periodLabel: string;
}

/** Aggregate rows, each keyed by plan, as the region queries return them. */
export interface RegionInputs {
  plans: readonly RegionPlan[];
  areas: readonly RegionArea[];
  participants: readonly { planId: string; homeAreaId: string | null; people: number }[];
  proposals: readonly { planId: string; total: number; mostDeprived: number }[];
  onlineVotes: readonly { planId: string; total: number; mostDeprived: number }[];
  selectedBudget: readonly { planId: string; totalPence: number; mostDeprivedPence: number }[];
  pledges: readonly { planId: string; pledgedPence: number; deliveredPence: number }[];
  partnerships: readonly { planId: string; proposals: number }[];
  responses: readonly { planId: string; responded: number; medianDays: number | null }[];
  /** Participants' equality answers per plan (private: only the suppressed comparison leaves this module). */
  equality: readonly { planId: string; question: EqualityQuestionKey; answer: string | null; people: number }[];
  /** The region's residents by question and answer. */
  residents: readonly { question: EqualityQuestionKey; answer: string; people: number }[];
}

export interface RegionRepresentativeness {
  question: EqualityQuestionKey;
  /** People taking part who answered any equality question, suppressed as on the plan's page. */
  total: SuppressedCount;
  hasResidents: boolean;
  /** As on the plan's page: null when a count is withheld or there are no residents' figures. */
  dissimilarity: number | null;
}

export interface RegionPlanRow extends RegionPlan {
  participants: number;
  residents: number;
  /** Everyone taking part (with or without a home neighbourhood) per 1,000 of the region's residents. */
  perThousand: number | null;
  gap: FifthsGap;
  proposals: { total: number; mostDeprived: number; percent: number | null };
  onlineVotes: { total: number; mostDeprived: number; percent: number | null };
  /** Null until the plan's votes are counted. */
  selectedBudget: { totalPence: number; mostDeprivedPence: number; percent: number | null } | null;
  pledgedPence: number;
  deliveredPence: number;
  partnerships: number;
  responded: number;
  medianDays: number | null;
  representativeness: RegionRepresentativeness[];
}

/** One row per plan (in the order given), putting each plan's aggregates beside the region's population. */
export function assembleRegionSeries(input: RegionInputs): RegionPlanRow[] {
  const residents = input.areas.reduce((sum, area) => sum + area.population, 0);
  const byPlan = <T extends { planId: string }>(rows: readonly T[]) => new Map(rows.map((row) => [row.planId, row]));
  const proposals = byPlan(input.proposals);
  const votes = byPlan(input.onlineVotes);
  const budget = byPlan(input.selectedBudget);
  const pledges = byPlan(input.pledges);
  const partnerships = byPlan(input.partnerships);
  const responses = byPlan(input.responses);
  return input.plans.map((plan) => {
    const people = input.participants.filter((row) => row.planId === plan.id);
    const total = people.reduce((sum, row) => sum + row.people, 0);
    const byArea = new Map<string, number>();
    for (const row of people) if (row.homeAreaId) byArea.set(row.homeAreaId, (byArea.get(row.homeAreaId) ?? 0) + row.people);
    const deciles = sumByDecile(input.areas.map((area) => ({ imdDecile: area.imdDecile, population: area.population, count: byArea.get(area.id) ?? 0 })));
    const p = proposals.get(plan.id) ?? { total: 0, mostDeprived: 0 };
    const v = votes.get(plan.id) ?? { total: 0, mostDeprived: 0 };
    const b = budget.get(plan.id);
    const r = responses.get(plan.id);
    return {
      ...plan,
      participants: total,
      residents,
      perThousand: perThousand(total, residents),
      gap: deprivationGap(deciles),
      proposals: { total: p.total, mostDeprived: p.mostDeprived, percent: shareOrNull(p.mostDeprived, p.total) },
      onlineVotes: { total: v.total, mostDeprived: v.mostDeprived, percent: shareOrNull(v.mostDeprived, v.total) },
      selectedBudget: b ? { totalPence: b.totalPence, mostDeprivedPence: b.mostDeprivedPence, percent: shareOrNull(b.mostDeprivedPence, b.totalPence) } : null,
      pledgedPence: pledges.get(plan.id)?.pledgedPence ?? 0,
      deliveredPence: pledges.get(plan.id)?.deliveredPence ?? 0,
      partnerships: partnerships.get(plan.id)?.proposals ?? 0,
      responded: r?.responded ?? 0,
      medianDays: r?.medianDays ?? null,
      representativeness: equalityQuestionKeys.map((question) => {
        const residents = input.residents.filter((row) => row.question === question);
        const comparison = compareWithResidents({
          options: equalityOptions(question),
          participants: input.equality.filter((row) => row.planId === plan.id && row.question === question),
          residents,
        });
        return { question, total: comparison.total, hasResidents: comparison.residents > 0, dissimilarity: comparison.dissimilarity };
      }),
    };
  });
}

export interface MoneyMapArea {
  id: string;
  name: string;
  population: number;
  imdDecile: number;
  selectedPence: number;
}

export interface MoneyMapRow extends MoneyMapArea {
  /** Whole pounds of selected budget per 1,000 residents; null where no one lives. */
  poundsPerThousand: number | null;
}

/** Selected budget per 1,000 residents for each neighbourhood, in whole pounds (the map shades whole numbers). */
export function moneyPerThousand(areas: readonly MoneyMapArea[]): MoneyMapRow[] {
  return areas.map((area) => ({
    ...area,
    poundsPerThousand: area.population > 0 ? Math.round((area.selectedPence * 1000) / area.population / 100) : null,
  }));
}
