/** Council staff roles; admins hold every other staff role's permissions. */
export const staffRoles = ["moderator", "reviewer", "admin"] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staffRoleLabels = {
  moderator: "Council officer",
  reviewer: "LEP reviewer",
  admin: "Admin",
} as const satisfies Record<StaffRole, string>;
