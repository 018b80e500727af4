import { computeOutcome, type MesUtility, type Outcome, type OutcomeRule } from "../outcome";
import { approvalView, pointsView, type PabulibElection } from "./parse";

export type CliRule = "greedy" | "mes" | "mes-add1";

const rules: Record<CliRule, OutcomeRule> = { greedy: "greedy", mes: "mes", "mes-add1": "mes_add1" };

export function isCliRule(value: string): value is CliRule {
  return Object.hasOwn(rules, value);
}

/** A .pb file's budget: the META `budget`, which must be a whole, non-negative number. */
export function electionBudget(election: PabulibElection): number {
  const raw = election.meta.budget;
  const budget = raw === undefined ? Number.NaN : Number(raw);
  if (!Number.isSafeInteger(budget) || budget < 0) throw new RangeError(`META budget must be a whole number, got "${raw ?? ""}"`);
  return budget;
}

/**
 * Tallies a Pabulib election. A cumulative file counts its points (greedy ranks by points, MES takes
 * them as utilities), as the city that ran it did; every other type counts the approval view of its
 * ballots, as the research tools do.
 */
export function tallyElection(election: PabulibElection, rule: CliRule, utility: MesUtility = "cost"): Outcome {
  const base = { rule: rules[rule], utility, budget: electionBudget(election), projects: election.projects.map((project) => ({ id: project.id, cost: project.cost })) };
  if (election.voteType === "cumulative") return computeOutcome({ ...base, ballots: pointsView(election), points: true });
  return computeOutcome({ ...base, ballots: approvalView(election) });
}
