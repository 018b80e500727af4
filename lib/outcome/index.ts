import { describeReason } from "./explain";
import { selectGreedy } from "./greedy";
import { selectEqualShares } from "./mes";
import { selectEqualSharesAdd1, selectPointsEqualSharesAdd1 } from "./mes-add1";
import { prepareEqualShares } from "./mes-election";
import { PointsEqualSharesRun, preparePointsElection } from "./mes-points";
import { stageOfRun } from "./mes-reasons";
import { runRingFenced, type StageRunner } from "./ring-fence";
import type { Outcome, OutcomeBallot, OutcomeInput, OutcomeProject, PointsBallot, ProjectExplanation } from "./types";

export type * from "./types";
export { describeReason } from "./explain";
export { selectGreedy } from "./greedy";
export { EqualSharesRun, selectEqualShares } from "./mes";
export { selectEqualSharesAdd1, selectPointsEqualSharesAdd1 } from "./mes-add1";
export { PointsEqualSharesRun, preparePointsElection } from "./mes-points";
export { prepareEqualShares } from "./mes-election";
export { runRingFenced } from "./ring-fence";

/**
 * Computes the outcome of a vote under greedy, MES or MES+add1, with optional ring-fences, and
 * explains every project's result. Pure and deterministic: the order of ballots and projects in
 * the input does not change which projects are selected.
 */
export function computeOutcome(input: OutcomeInput<OutcomeBallot | PointsBallot>): Outcome {
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

  const scored = input.ballots.map((ballot, i) => {
    const points = pointsOf(ballot, i);
    const unknown = [...points.keys()].find((id) => !known.has(id));
    if (unknown !== undefined) throw new RangeError(`ballot ${i + 1} approves unknown project "${unknown}"`);
    return points;
  });
  const ballots = scored.map((points) => [...points.keys()]);
  const byPoints = input.points === true;
  const votes = new Map<string, number>();
  for (const ballot of scored) for (const [id, points] of ballot) votes.set(id, (votes.get(id) ?? 0) + (byPoints ? points : 1));

  const runStage: StageRunner = (projects: readonly OutcomeProject[], budget: number) => {
    switch (input.rule) {
      case "greedy":
        return selectGreedy(projects, votes, budget);
      case "mes":
        if (byPoints) return stageOfRun(new PointsEqualSharesRun(preparePointsElection(projects, scored), BigInt(budget)), budget);
        return selectEqualShares(prepareEqualShares(projects, ballots, utility), budget);
      case "mes_add1":
        if (byPoints) return selectPointsEqualSharesAdd1(preparePointsElection(projects, scored), budget, step);
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
    const context = { votes: count, cost: project.cost, stage: decision.stage, points: byPoints };
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

/** A ballot as points per project: an approval gives 1; a points ballot keeps its points (0 drops out). */
function pointsOf(ballot: OutcomeBallot | PointsBallot, i: number): Map<string, number> {
  if (!("points" in ballot)) return new Map([...new Set(ballot)].map((id) => [id, 1]));
  const points = new Map<string, number>();
  for (const [id, value] of ballot.points) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`ballot ${i + 1} gives project "${id}" ${value} points`);
    if (value > 0) points.set(id, value);
  }
  return points;
}

function checkMoney(what: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a whole, non-negative amount: ${value}`);
}
