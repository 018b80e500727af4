import { eq } from "drizzle-orm";
import type { Actor, OrganisationRole, StaffRole } from "@/lib/policy";
import type { Database } from "../../connect";
import { memberships, staffRoles, users } from "../../schema";

export interface SignedInPerson extends Actor {
  name: string | null;
  email: string | null;
  homeAreaId: string | null;
  homeAreaVerified: boolean;
}

/** The person behind a session, with what the policy needs: roles, memberships, suspension. */
export async function loadActor(db: Database, userId: string): Promise<SignedInPerson | null> {
  const [[user], roles, orgs] = await Promise.all([
    db.select().from(users).where(eq(users.id, userId)).limit(1),
    db.select({ role: staffRoles.role }).from(staffRoles).where(eq(staffRoles.userId, userId)),
    db.select({ organisationId: memberships.organisationId, role: memberships.role }).from(memberships).where(eq(memberships.userId, userId)),
  ]);
  if (!user || user.deletedAt) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    homeAreaId: user.homeAreaId,
    homeAreaVerified: user.homeAreaVerifiedAt !== null,
    suspended: user.suspendedAt !== null,
    staffRoles: roles.map((r) => r.role as StaffRole),
    memberships: Object.fromEntries(orgs.map((m) => [m.organisationId, m.role as OrganisationRole])),
  };
}
