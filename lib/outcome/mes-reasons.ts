import type { Reason, StageResult } from "./types";

/** What the reasons need from a finished run, on approval (mes.ts) or points (mes-points.ts) ballots. */
export interface EqualSharesOutcome {
  readonly election: {
    readonly ids: readonly string[];
    readonly costs: readonly number[];
    readonly support: readonly number[];
    readonly free: readonly string[];
    readonly unsupported: readonly string[];
  };
  readonly selected: readonly number[];
  selectedIds(): string[];
  cost(): number;
  roundFunded(p: number): number;
  largestShare(round: number): number;
  supportersHold(p: number): number;
}

/**
 * Why each project of an equal-shares run was or was not funded: the round and the largest
 * share paid for a funded one; for one that was not, how much of its cost its supporters could
 * still cover when the run ended.
 */
export function explainEqualSharesRun(run: EqualSharesOutcome): Map<string, Reason> {
  const e = run.election;
  const reasons = new Map<string, Reason>();
  for (const id of e.unsupported) reasons.set(id, { kind: "no-votes" });
  for (const id of e.free) reasons.set(id, { kind: "free" });
  e.ids.forEach((id, p) => {
    const cost = e.costs[p] ?? 0;
    const round = run.roundFunded(p);
    if (round > 0) reasons.set(id, { kind: "mes-selected", round, supporters: e.support[p] ?? 0, maxShare: run.largestShare(round) });
    else reasons.set(id, { kind: "not-covered", covered: Math.min(cost, run.supportersHold(p)), cost });
  });
  return reasons;
}

/** A run as one stage of the outcome: what it funded, what that cost, and why. */
export function stageOfRun(run: EqualSharesOutcome, budget: number): StageResult {
  const spent = run.cost();
  if (spent > budget) throw new Error("MES outcome exceeds the budget");
  return { selected: run.selectedIds(), spent, reasons: explainEqualSharesRun(run) };
}
