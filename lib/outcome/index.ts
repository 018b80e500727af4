import { describeReason } from "./explain";
import { selectGreedy } from "./greedy";
import { selectEqualShares } from "./mes";
import { selectEqualSharesAdd1 } from "./mes-add1";
import { prepareEqualShares } from "./mes-election";
import { runRingFenced, type StageRunner } from "./ring-fence";
import type { Outcome, OutcomeInput, OutcomeProject, ProjectExplanation } from "./types";

export type * from "./types";
export { describeReason } from "./explain";
export { selectGreedy } from "./greedy";
export { EqualSharesRun, selectEqualShares } from "./mes";
export { selectEqualSharesAdd1 } from "./mes-add1";
export { prepareEqualShares } from "./mes-election";
export { runRingFenced } from "./ring-fence";

/**
 * Computes the outcome of a vote under greedy, MES or MES+add1, with optional ring-fences, and
 * explains every project's result. Pure and deterministic: the order of ballots and projects in
 * the input does not change which projects are selected.
 */
export function computeOutcome(input: OutcomeInput): Outcome {
  const utility = input.utility ?? "cost";
  const step = input.add1Step ?? 1;
  checkMoney("budget", input.budget);
  checkMoney("add1Step", step);
  if (step === 0) throw new RangeError("add1Step must be positive");
  const known = new Set<string>();
  for (const project of input.projects) {
    if (project.id === "") throw new RangeError("a project id is empty");
    if (known.has(project.id)) throw new RangeError(`project id "${project.id}" appears twice`);
    checkMoney(`cost of project "${project.id}"`, project.cost);
    known.add(project.id);
  }
  for (const fence of input.ringFences ?? []) checkMoney(`amount of ring-fence "${fence.label}"`, fence.amount);

  const ballots = input.ballots.map((ballot, i) => {
    const ids = [...new Set(ballot)];
    const unknown = ids.find((id) => !known.has(id));
    if (unknown !== undefined) throw new RangeError(`ballot ${i + 1} approves unknown project "${unknown}"`);
    return ids;
  });
  const votes = new Map<string, number>();
  for (const ballot of ballots) for (const id of ballot) votes.set(id, (votes.get(id) ?? 0) + 1);

  const runStage: StageRunner = (projects: readonly OutcomeProject[], budget: number) => {
    switch (input.rule) {
      case "greedy":
        return selectGreedy(projects, votes, budget);
      case "mes":
        return selectEqualShares(prepareEqualShares(projects, ballots, utility), budget);
      case "mes_add1":
        return selectEqualSharesAdd1(prepareEqualShares(projects, ballots, utility), budget, step);
    }
  };
  const staged = runRingFenced(input.projects, input.budget, input.ringFences ?? [], runStage);

  const chosen = new Set(staged.selected);
  const explanations = input.projects.map((project): ProjectExplanation => {
    const decision = staged.decisions.get(project.id);
    // Every project reaches the open stage unless a ring-fence funded it, so a decision exists.
    if (decision === undefined) throw new Error(`no decision for project "${project.id}"`);
    const count = votes.get(project.id) ?? 0;
    const context = { votes: count, cost: project.cost, stage: decision.stage };
    return {
      projectId: project.id,
      votes: count,
      cost: project.cost,
      selected: chosen.has(project.id),
      stage: decision.stage,
      reason: decision.reason,
      sentence: describeReason(decision.reason, context),
    };
  });

  return {
    rule: input.rule,
    utility,
    budget: input.budget,
    selected: staged.selected,
    spent: staged.spent,
    voterCount: ballots.length,
    stages: staged.stages.map(({ label, budget, result }) => ({
      label,
      budget,
      spent: result.spent,
      selected: result.selected,
      ...(result.add1Increments === undefined ? {} : { add1Increments: result.add1Increments }),
    })),
    explanations,
  };
}

function checkMoney(what: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a whole, non-negative amount: ${value}`);
}
