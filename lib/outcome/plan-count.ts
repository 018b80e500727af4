import { computeOutcome } from "./index";
import type { MesUtility, Outcome, OutcomeRule, PointsBallot, RingFence } from "./types";

// Money is pence; one add1 step raises every voter's share by £1 (for imported elections, by one
// unit of the file's currency, matching the research tools).
export const ADD1_STEP_PENCE = 100;

/** What a plan's count is made from: its rules, the projects on the ballot, and the votes. */
export interface PlanCountInput {
  readonly rule: OutcomeRule;
  readonly utility: MesUtility;
  readonly budgetPence: number;
  readonly projects: readonly { readonly engineId: string; readonly cost: number }[];
  /** Points (cumulative) plans: ballots give points, which greedy sums and MES takes as utilities. */
  readonly points?: boolean;
  /** Online and imported ballots, by engine id: the projects chosen, or on a points plan the points given. */
  readonly ballots: readonly (readonly string[] | PointsBallot)[];
  /** Paper approvals entered as counts per project (greedy approval plans only), by engine id. */
  readonly paperCounts: ReadonlyMap<string, number>;
  readonly ringFences: readonly RingFence[];
}

/**
 * Greedy only counts approvals per project, so a paper count of k approvals for a project is
 * exactly k one-project ballots. MES needs whole ballots, which is why counts are greedy-only:
 * under any other rule they are left out.
 */
export function expandPaperCounts(rule: OutcomeRule, paperCounts: ReadonlyMap<string, number>): string[][] {
  if (rule !== "greedy") return [];
  return [...paperCounts].flatMap(([id, count]) => Array.from({ length: count }, () => [id]));
}

/** How many of a project's counted votes came from paper counts (none unless the rule is greedy). */
export function paperVotesOf(rule: OutcomeRule, paperCounts: ReadonlyMap<string, number>, engineId: string): number {
  return rule === "greedy" ? (paperCounts.get(engineId) ?? 0) : 0;
}

/** Counts a plan: its ballots and paper counts under its rule, with its ring-fences. */
export function countPlan(input: PlanCountInput): Outcome {
  return computeOutcome({
    rule: input.rule,
    utility: input.utility,
    budget: input.budgetPence,
    projects: input.projects.map((p) => ({ id: p.engineId, cost: p.cost })),
    ballots: [...input.ballots, ...expandPaperCounts(input.rule, input.paperCounts)],
    points: input.points === true,
    ringFences: input.ringFences,
    add1Step: ADD1_STEP_PENCE,
  });
}
