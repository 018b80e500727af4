import { EqualSharesRun } from "./mes";
import { PointsEqualSharesRun, type PointsElection } from "./mes-points";
import { stageOfRun, type EqualSharesOutcome } from "./mes-reasons";
import type { EqualSharesElection, StageResult } from "./types";

/**
 * MES with the add1 completion, as pabutools' `method_of_equal_shares(..., voter_budget_increment=1)`:
 * rerun with every voter's share raised by `step` (the total by step·n) until the outcome is
 * exhaustive (no unselected project with a vote and a positive cost fits what is left of the real
 * budget); if a run overspends the real budget, keep the run before it. No greedy fill follows:
 * pabutools does not add one, and Assen's official result (expected.json) leaves money unspent.
 */
export function selectEqualSharesAdd1(election: EqualSharesElection, budget: number, step = 1): StageResult {
  return completeWithAdd1(election, budget, step, (total) => new EqualSharesRun(election, total));
}

/** The same completion on points ballots, each run using points as utilities. */
export function selectPointsEqualSharesAdd1(election: PointsElection, budget: number, step = 1): StageResult {
  return completeWithAdd1(election, budget, step, (total) => new PointsEqualSharesRun(election, total));
}

function completeWithAdd1(
  election: { readonly voterCount: number; readonly costs: readonly number[] },
  budget: number,
  step: number,
  runWith: (totalBudget: bigint) => EqualSharesOutcome,
): StageResult {
  if (!Number.isSafeInteger(step) || step < 1) throw new RangeError(`add1 step must be a positive whole amount: ${step}`);
  const increment = BigInt(step) * BigInt(election.voterCount);
  let previous: EqualSharesOutcome | null = null;
  for (let k = 0; ; k++) {
    const run = runWith(BigInt(budget) + BigInt(k) * increment);
    const cost = run.cost();
    if (cost > budget) {
      // Unreachable for k = 0: MES never spends more than the voters hold.
      if (previous === null) throw new Error("MES overspent its own budget");
      return { ...stageOfRun(previous, budget), add1Increments: k - 1 };
    }
    const left = budget - cost;
    const chosen = new Set(run.selected);
    const exhaustive = election.costs.every((c, p) => chosen.has(p) || c > left);
    if (exhaustive) return { ...stageOfRun(run, budget), add1Increments: k };
    previous = run;
  }
}
