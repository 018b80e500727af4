import type { OrganisationRole } from "@/lib/policy";

export const organisationRoleLabels: Record<OrganisationRole, string> = {
  owner: "Owner",
  admin: "Admin",
  member: "Member",
};

/** Roles that can be given by invitation or role change: ownership only moves by transfer. */
export const grantableRoleOptions = [
  { value: "member", label: "Member: can propose and comment for the organisation" },
  { value: "admin", label: "Admin: can also pledge, endorse and manage members" },
] as const;
