import { compareCodePoints } from "./rational";
import type { EqualSharesElection, MesUtility, OutcomeProject } from "./types";

/**
 * The election as Method of Equal Shares sees it: candidates are projects with a vote and a
 * positive cost; identical ballots merge into one weighted voter type, which keeps later rounds
 * proportional to the number of distinct ballots rather than of voters.
 */
export function prepareEqualShares(
  projects: readonly OutcomeProject[],
  ballots: readonly (readonly string[])[],
  utility: MesUtility,
): EqualSharesElection {
  const votes = new Map<string, number>();
  for (const ballot of ballots) for (const id of new Set(ballot)) votes.set(id, (votes.get(id) ?? 0) + 1);
  const voted = (p: OutcomeProject) => (votes.get(p.id) ?? 0) > 0;
  const candidates = projects.filter((p) => voted(p) && p.cost > 0);
  const index = new Map(candidates.map((p, i) => [p.id, i]));

  const typeOf = new Map<string, number>();
  const weights: number[] = [];
  const types: number[][] = [];
  const seen = new Int32Array(candidates.length).fill(-1);
  ballots.forEach((ballot, b) => {
    const approved: number[] = [];
    for (const id of ballot) {
      const i = index.get(id);
      if (i !== undefined && seen[i] !== b) {
        seen[i] = b;
        approved.push(i);
      }
    }
    if (approved.length === 0) return;
    const key = approved.sort((a, b) => a - b).join(",");
    const known = typeOf.get(key);
    if (known === undefined) {
      typeOf.set(key, types.length);
      types.push(approved);
      weights.push(1);
    } else weights[known] = (weights[known] ?? 0) + 1;
  });

  const supporters = candidates.map(() => [] as number[]);
  types.forEach((approved, type) => approved.forEach((i) => supporters[i]?.push(type)));
  const byId = candidates.map((_, i) => i).sort((a, b) => compareCodePoints(candidates[a]?.id ?? "", candidates[b]?.id ?? ""));
  const tieRank = new Int32Array(candidates.length);
  byId.forEach((candidate, rank) => (tieRank[candidate] = rank));
  return {
    voterCount: ballots.length,
    ids: candidates.map((p) => p.id),
    costs: candidates.map((p) => p.cost),
    utilities: candidates.map((p) => (utility === "cost" ? p.cost : 1)),
    supporters: supporters.map((list) => Int32Array.from(list)),
    weights: Int32Array.from(weights),
    support: candidates.map((p) => votes.get(p.id) ?? 0),
    tieRank,
    free: projects.filter((p) => voted(p) && p.cost === 0).map((p) => p.id).sort(compareCodePoints),
    unsupported: projects.filter((p) => !voted(p)).map((p) => p.id),
  };
}
