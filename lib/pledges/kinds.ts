/** What a pledge or a need can be (docs/DESIGN.md §3). The database enum and every kind list derive from this tuple. */
export const pledgeKinds = ["volunteer_hours", "money", "premises", "equipment", "skills", "jobs", "procurement"] as const;
export type PledgeKind = (typeof pledgeKinds)[number];

export const pledgeKindLabels = {
  volunteer_hours: "Volunteer time",
  money: "Money",
  premises: "Premises or space",
  equipment: "Equipment",
  skills: "Skills, training or mentoring",
  jobs: "Jobs or apprenticeships",
  procurement: "Procurement",
} as const satisfies Record<PledgeKind, string>;
