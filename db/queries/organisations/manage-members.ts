import { and, eq, ne } from "drizzle-orm";
import type { OrganisationRole } from "@/lib/policy";
import type { Database } from "../../connect";
import { memberships } from "../../schema";

export type MemberChange = "done" | "not_member" | "owner";

async function roleOf(db: Database, organisationId: string, userId: string): Promise<OrganisationRole | null> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)))
    .limit(1);
  return row?.role ?? null;
}

/** The owner is never changed or removed here: ownership only moves by transfer. */
export async function changeMemberRole(tx: Database, organisationId: string, userId: string, role: "admin" | "member"): Promise<MemberChange> {
  const changed = await tx
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId), ne(memberships.role, "owner")))
    .returning({ id: memberships.id });
  if (changed.length > 0) return "done";
  return (await roleOf(tx, organisationId, userId)) === "owner" ? "owner" : "not_member";
}

export async function removeMember(tx: Database, organisationId: string, userId: string): Promise<MemberChange> {
  const removed = await tx
    .delete(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId), ne(memberships.role, "owner")))
    .returning({ id: memberships.id });
  if (removed.length > 0) return "done";
  return (await roleOf(tx, organisationId, userId)) === "owner" ? "owner" : "not_member";
}

/** Leaving is removing oneself, so an owner must hand over ownership first. */
export function leaveOrganisation(tx: Database, organisationId: string, userId: string): Promise<MemberChange> {
  return removeMember(tx, organisationId, userId);
}

/**
 * Hands ownership to an existing member in the caller's transaction: the old owner becomes an
 * admin first, so the one-owner index never sees two owners. A failure must roll back the caller.
 */
export async function transferOwnership(tx: Database, organisationId: string, toUserId: string): Promise<"done" | "not_member" | "already_owner"> {
  const role = await roleOf(tx, organisationId, toUserId);
  if (role === null) return "not_member";
  if (role === "owner") return "already_owner";
  await tx.update(memberships).set({ role: "admin" }).where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, "owner")));
  const promoted = await tx
    .update(memberships)
    .set({ role: "owner" })
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, toUserId)))
    .returning({ id: memberships.id });
  return promoted.length > 0 ? "done" : "not_member";
}
