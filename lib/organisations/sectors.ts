/** The four sectors an organisation can belong to (docs/DESIGN.md §2). */
export const sectors = ["community_voluntary", "social_enterprise", "business", "public_body"] as const;
export type Sector = (typeof sectors)[number];

export const sectorLabels = {
  community_voluntary: "Community and voluntary",
  social_enterprise: "Social enterprise",
  business: "Business",
  public_body: "Public body",
} as const satisfies Record<Sector, string>;

/** Who a person takes part as: a resident, or someone from one of the sectors. */
export const participantTypes = ["resident", ...sectors] as const;
export type ParticipantType = (typeof participantTypes)[number];

/** Who takes part, by type: residents, then each sector, as tables and filters name them. */
export const participantTypeLabels = { resident: "Residents", ...sectorLabels } as const satisfies Record<ParticipantType, string>;
