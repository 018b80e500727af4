import { grantableOrganisationRoles, organisationRoleLabels, type GrantableOrganisationRole } from "@/lib/organisations/roles";

const roleDescriptions: Record<GrantableOrganisationRole, string> = {
  member: "can propose and comment for the organisation",
  admin: "can also pledge, endorse and manage members",
};

/** The roles an invitation or a role change can give, with what each may do. */
export const grantableRoleOptions = grantableOrganisationRoles.map((value) => ({ value, label: `${organisationRoleLabels[value]}: ${roleDescriptions[value]}` }));
