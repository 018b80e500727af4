import type { OutcomeProject, Reason, RingFence, StageResult } from "./types";

/** Runs one rule on some projects with some budget; every stage sees every ballot. */
export type StageRunner = (projects: readonly OutcomeProject[], budget: number) => StageResult;

export interface StagedStage {
  readonly label: string | null;
  readonly budget: number;
  readonly result: StageResult;
}

export interface StagedOutcome {
  readonly stages: readonly StagedStage[];
  readonly selected: readonly string[];
  readonly spent: number;
  /** The last stage to consider each project decides its explanation. */
  readonly decisions: ReadonlyMap<string, { readonly reason: Reason; readonly stage: string | null }>;
}

/**
 * Ring-fences run first, in order, each on its eligible projects (not already funded) with its
 * reserved amount. The open stage then runs on every project still unfunded with the budget less
 * what the ring-fences actually spent, so reserved money they could not use flows back.
 */
export function runRingFenced(
  projects: readonly OutcomeProject[],
  budget: number,
  fences: readonly RingFence[],
  runStage: StageRunner,
): StagedOutcome {
  const reserved = fences.reduce((sum, fence) => sum + fence.amount, 0);
  if (reserved > budget) throw new RangeError(`ring-fences reserve ${reserved}, more than the budget of ${budget}`);

  const stages: StagedStage[] = [];
  const selected: string[] = [];
  const funded = new Set<string>();
  const decisions = new Map<string, { reason: Reason; stage: string | null }>();
  const record = (label: string | null, stageBudget: number, stageProjects: readonly OutcomeProject[]) => {
    const result = runStage(stageProjects, stageBudget);
    stages.push({ label, budget: stageBudget, result });
    for (const project of stageProjects) {
      const reason = result.reasons.get(project.id);
      if (reason) decisions.set(project.id, { reason, stage: label });
    }
    for (const id of result.selected) {
      funded.add(id);
      selected.push(id);
    }
    return result.spent;
  };

  let fencedSpend = 0;
  for (const fence of fences) {
    const eligible = projects.filter((p) => !funded.has(p.id) && fence.eligible(p.id));
    fencedSpend += record(fence.label, fence.amount, eligible);
  }
  const openSpend = record(null, budget - fencedSpend, projects.filter((p) => !funded.has(p.id)));
  return { stages, selected, spent: fencedSpend + openSpend, decisions };
}
