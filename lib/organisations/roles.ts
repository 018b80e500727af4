/** Roles within an organisation, most powerful first. */
export const organisationRoles = ["owner", "admin", "member"] as const;
export type OrganisationRole = (typeof organisationRoles)[number];

export const organisationRoleLabels = {
  owner: "Owner",
  admin: "Admin",
  member: "Member",
} as const satisfies Record<OrganisationRole, string>;

/** Roles that can be given by invitation or role change: ownership only moves by transfer. */
export const grantableOrganisationRoles = ["member", "admin"] as const satisfies readonly OrganisationRole[];
export type GrantableOrganisationRole = (typeof grantableOrganisationRoles)[number];

export const invitationStatuses = ["pending", "accepted", "declined", "revoked"] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];
