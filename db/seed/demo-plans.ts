import { computeLedger } from "../../lib/pledges/ledger";
import {
  assessmentCriteria,
  planPhases,
  planThemes,
  plans,
  pledgeRates,
  ringFences,
  strategicPriorities,
} from "../schema";
import type { Inserter } from "./bulk";
import { at } from "./clock";
import { themeSeeds } from "./content/areas";
import { assessmentCriteriaSeeds, pledgeRateSeeds } from "./content/plans";
import type { PlanPhase, PlanSeed, PledgeKind, PledgeStatus } from "./content/types";
import type { Directory } from "./demo-directory";
import { stableId } from "./random";

export interface DemoPlan {
  id: string;
  seed: PlanSeed;
  budgetPence: number;
  ringFence: { id: string; label: string; amountPence: number; maxImdDecile: number };
  priorityIds: string[];
  criterionIds: string[];
  phase(phase: PlanPhase): { starts: Date; ends: Date };
}

const pence = (pounds: number) => Math.round(pounds * 100);

/** Where plans go: the region and how its theme slugs resolve to ids (the demo and scale regions differ). */
export type PlanPlace = Pick<Directory, "regionId" | "themeId">;

export async function seedPlans(insert: Inserter, directory: PlanPlace, seeds: PlanSeed[]): Promise<DemoPlan[]> {
  const planRows = seeds.map((seed) => ({
    id: stableId("plan", seed.key),
    regionId: directory.regionId,
    slug: seed.slug,
    title: seed.title,
    summary: seed.summary,
    periodLabel: seed.periodLabel,
    phase: seed.phase,
    budgetPence: pence(seed.budgetPounds),
    ballotMethod: "approval" as const,
    approvalLimit: seed.approvalLimit,
    outcomeRule: seed.outcomeRule,
    utility: "cost" as const,
    requiresVerifiedVoters: seed.requiresVerifiedVoters,
    minimumVoterAge: seed.minimumVoterAge,
    supportThreshold: seed.supportThreshold,
    rulesFrozenAt: seed.rulesFrozenAt ? at(seed.rulesFrozenAt) : null,
    createdAt: at(seed.created),
    updatedAt: at(seed.phases.find((phase) => phase.phase === seed.phase)?.starts ?? seed.created),
  }));
  await insert(plans, planRows);

  await insert(
    planPhases,
    seeds.flatMap((seed) =>
      seed.phases.map((phase) => ({
        planId: stableId("plan", seed.key),
        phase: phase.phase,
        startsAt: at(phase.starts),
        endsAt: phase.ends ? at(phase.ends) : null,
      })),
    ),
  );
  await insert(
    planThemes,
    seeds.flatMap((seed) => themeSeeds.map((theme) => ({ planId: stableId("plan", seed.key), themeId: directory.themeId(theme.slug) }))),
  );
  await insert(
    strategicPriorities,
    seeds.flatMap((seed) =>
      seed.priorities.map((priority, position) => ({
        id: stableId("priority", `${seed.key}:${position}`),
        planId: stableId("plan", seed.key),
        ...priority,
        position,
      })),
    ),
  );
  await insert(
    assessmentCriteria,
    seeds.flatMap((seed) =>
      assessmentCriteriaSeeds.map((criterion, position) => ({
        id: stableId("criterion", `${seed.key}:${position}`),
        planId: stableId("plan", seed.key),
        ...criterion,
        position,
      })),
    ),
  );
  await insert(
    pledgeRates,
    seeds.flatMap((seed) =>
      Object.entries(pledgeRateSeeds).map(([kind, rate]) => ({
        planId: stableId("plan", seed.key),
        kind: kind as PledgeKind,
        ...rate,
      })),
    ),
  );
  await insert(
    ringFences,
    seeds.map((seed) => ({
      id: stableId("ring-fence", seed.key),
      planId: stableId("plan", seed.key),
      label: seed.ringFence.label,
      kind: "deprived_areas" as const,
      amountPence: Math.round(pence(seed.budgetPounds) * seed.ringFence.share),
      maxImdDecile: seed.ringFence.maxImdDecile,
      position: 0,
    })),
  );

  return seeds.map((seed) => ({
    id: stableId("plan", seed.key),
    seed,
    budgetPence: pence(seed.budgetPounds),
    ringFence: {
      id: stableId("ring-fence", seed.key),
      label: seed.ringFence.label,
      amountPence: Math.round(pence(seed.budgetPounds) * seed.ringFence.share),
      maxImdDecile: seed.ringFence.maxImdDecile,
    },
    priorityIds: seed.priorities.map((_, position) => stableId("priority", `${seed.key}:${position}`)),
    criterionIds: assessmentCriteriaSeeds.map((_, position) => stableId("criterion", `${seed.key}:${position}`)),
    phase(phase) {
      const found = seed.phases.find((candidate) => candidate.phase === phase);
      if (!found) throw new Error(`Plan ${seed.slug} has no ${phase} phase`);
      return { starts: at(found.starts), ends: at(found.ends ?? found.starts) };
    },
  }));
}

const seededRates = Object.entries(pledgeRateSeeds).map(([kind, rate]) => ({ kind: kind as PledgeKind, pencePerUnit: rate.pencePerUnit }));

/**
 * What a proposal's pledges add to its co-production ledger at the seeded plans' rates: the
 * proposals.pledged_value_pence counter, valued exactly as the app's ledger values it.
 */
export function pledgedValuePence(rows: readonly { kind: PledgeKind; quantity: number; status?: PledgeStatus | null }[]): number {
  const ledgerRows = rows.map((row) => ({ kind: row.kind, quantity: row.quantity, status: row.status ?? "offered" }));
  return computeLedger(0, ledgerRows, seededRates).pledgedPence;
}
