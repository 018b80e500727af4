import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../../connect";
import { accounts, equalityAnswers, follows, memberships, notifications, organisations, sessions, staffRoles, users } from "../../schema";

/** Organisations a person solely owns: they must hand them on before deleting their account. */
export async function listOwnedOrganisations(db: Database, userId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.role, "owner")));
}

/**
 * Erasure that keeps the record: the person's proposals, comments and ballots stay (a plan's
 * history must add up) but no longer say who they were; everything personal is removed.
 */
export async function anonymiseAccount(db: Database, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
  await db.delete(accounts).where(eq(accounts.userId, userId));
  await db.delete(equalityAnswers).where(eq(equalityAnswers.userId, userId));
  await db.delete(staffRoles).where(eq(staffRoles.userId, userId));
  await db.delete(memberships).where(eq(memberships.userId, userId));
  await db.delete(follows).where(eq(follows.userId, userId));
  await db.delete(notifications).where(eq(notifications.userId, userId));
  await db
    .update(users)
    .set({ name: null, email: null, emailVerified: null, image: null, homeAreaId: null, homeAreaVerifiedAt: null, notifyByEmail: false, notifyDigest: false, deletedAt: new Date() })
    .where(and(eq(users.id, userId), isNull(users.deletedAt)));
}
