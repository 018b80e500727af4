import { compareCodePoints } from "./rational";
import type { OutcomeProject, Reason, StageResult } from "./types";

/**
 * Greedy by approval count: most votes first, ties by project id as text (code point order, so "10"
 * comes before "9"), adding each project that fits what is left and skipping the rest. This is
 * pabutools' `greedy_utilitarian_welfare` with cost satisfaction, except that a project nobody voted
 * for is never funded, even when money is left over.
 */
export function selectGreedy(
  projects: readonly OutcomeProject[],
  votes: ReadonlyMap<string, number>,
  budget: number,
): StageResult {
  const reasons = new Map<string, Reason>();
  const ranked: OutcomeProject[] = [];
  for (const project of projects) {
    if ((votes.get(project.id) ?? 0) > 0) ranked.push(project);
    else reasons.set(project.id, { kind: "no-votes" });
  }
  ranked.sort(
    (a, b) => (votes.get(b.id) ?? 0) - (votes.get(a.id) ?? 0) || compareCodePoints(a.id, b.id),
  );

  const selected: string[] = [];
  let left = budget;
  ranked.forEach((project, index) => {
    if (project.cost <= left) {
      reasons.set(project.id, { kind: "greedy-selected", rank: index + 1, left });
      selected.push(project.id);
      left -= project.cost;
    } else {
      reasons.set(project.id, { kind: "did-not-fit", left });
    }
  });
  return { selected, spent: budget - left, reasons };
}
