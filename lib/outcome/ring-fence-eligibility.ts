import { MOST_DEPRIVED_TOP_DECILE } from "../measures/deprivation";
import type { Sector } from "../organisations/sectors";
import type { RingFenceKind } from "../plans/ring-fence-kinds";
import type { RingFence } from "./types";

/** A plan's ring-fence as it is set up: which kind of project it reserves money for. */
export interface RingFenceRule {
  readonly label: string;
  readonly amount: number;
  readonly kind: RingFenceKind;
  /** Deprived areas only: the highest IMD decile that qualifies; null means the most deprived fifth. */
  readonly maxImdDecile: number | null;
  /** Listed areas only: the neighbourhoods that qualify. */
  readonly areaIds: ReadonlySet<string>;
}

/** What a ring-fence looks at in a project on the ballot. */
export interface FencedProject {
  readonly engineId: string;
  readonly areaId: string;
  readonly imdDecile: number;
  /** The proposing organisation's sector, or null for a proposal made by a person. */
  readonly sector: string | null;
}

/** The sectors whose proposals a community-proposals ring-fence reserves money for (docs/DESIGN.md §5). */
export const communitySectors = ["community_voluntary", "social_enterprise"] as const satisfies readonly Sector[];

/** Whether a ring-fence may spend its money on a project. */
export function admitsProject(fence: RingFenceRule, project: FencedProject): boolean {
  switch (fence.kind) {
    case "deprived_areas":
      return project.imdDecile <= (fence.maxImdDecile ?? MOST_DEPRIVED_TOP_DECILE);
    case "listed_areas":
      return fence.areaIds.has(project.areaId);
    case "community_proposals":
      return (communitySectors as readonly (string | null)[]).includes(project.sector);
  }
}

/** The ring-fences as the count takes them: each admits projects by their engine id. */
export function buildRingFences(rules: readonly RingFenceRule[], projects: readonly FencedProject[]): RingFence[] {
  const byEngineId = new Map(projects.map((p) => [p.engineId, p]));
  return rules.map((fence) => ({
    label: fence.label,
    amount: fence.amount,
    eligible: (engineId: string) => {
      const project = byEngineId.get(engineId);
      return project !== undefined && admitsProject(fence, project);
    },
  }));
}
