/** Which proposals a ring-fence reserves money for (docs/DESIGN.md §5). */
export const ringFenceKinds = ["deprived_areas", "listed_areas", "community_proposals"] as const;
export type RingFenceKind = (typeof ringFenceKinds)[number];

export const ringFenceKindLabels = {
  deprived_areas: "Projects in deprived neighbourhoods (by IMD decile)",
  listed_areas: "Projects in the neighbourhoods ticked below",
  community_proposals: "Projects proposed by community organisations",
} as const satisfies Record<RingFenceKind, string>;
