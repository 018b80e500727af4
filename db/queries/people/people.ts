import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Database } from "../../connect";
import {
  accounts,
  ballots,
  comments,
  equalityAnswers,
  follows,
  memberships,
  notifications,
  organisations,
  pledges,
  proposals,
  sessions,
  staffRoles,
  supports,
  users,
} from "../../schema";

export async function getProfile(db: Database, userId: string) {
  const [[user], [equality]] = await Promise.all([
    db.select().from(users).where(eq(users.id, userId)).limit(1),
    db.select().from(equalityAnswers).where(eq(equalityAnswers.userId, userId)).limit(1),
  ]);
  return user ? { user, equality: equality ?? null } : null;
}

export async function updateProfile(
  db: Database,
  userId: string,
  values: { name: string; homeAreaId: string | null; notifyByEmail: boolean; notifyDigest: boolean },
  homeAreaChanged: boolean,
) {
  await db
    .update(users)
    .set({
      ...values,
      // A new home neighbourhood needs verifying again where a plan requires verified voters.
      ...(homeAreaChanged ? { homeAreaVerifiedAt: null, homeAreaVerifiedBy: null } : {}),
    })
    .where(eq(users.id, userId));
}

export async function saveEqualityAnswers(db: Database, userId: string, answers: Omit<typeof equalityAnswers.$inferInsert, "userId" | "updatedAt">) {
  await db
    .insert(equalityAnswers)
    .values({ userId, ...answers, updatedAt: new Date() })
    .onConflictDoUpdate({ target: equalityAnswers.userId, set: { ...answers, updatedAt: new Date() } });
}

/** Everything held about a person, for "download my data" (UK GDPR right of access). */
export async function exportPersonalData(db: Database, userId: string) {
  const [profile, roles, orgs, ownProposals, ownPledges, ownComments, ownSupports, ownFollows, ownBallots, inbox] = await Promise.all([
    getProfile(db, userId),
    db.select({ role: staffRoles.role, grantedAt: staffRoles.grantedAt }).from(staffRoles).where(eq(staffRoles.userId, userId)),
    db
      .select({ organisation: organisations.name, role: memberships.role, since: memberships.createdAt })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(eq(memberships.userId, userId)),
    db.select({ id: proposals.id, title: proposals.title, status: proposals.status, createdAt: proposals.createdAt }).from(proposals).where(eq(proposals.authorId, userId)),
    db
      .select({ id: pledges.id, proposalId: pledges.proposalId, kind: pledges.kind, quantity: pledges.quantity, unit: pledges.unit, status: pledges.status, createdAt: pledges.createdAt })
      .from(pledges)
      .where(eq(pledges.pledgerId, userId)),
    db.select({ id: comments.id, proposalId: comments.proposalId, body: comments.body, createdAt: comments.createdAt }).from(comments).where(eq(comments.authorId, userId)),
    db.select({ proposalId: supports.proposalId, createdAt: supports.createdAt }).from(supports).where(eq(supports.userId, userId)),
    db.select({ proposalId: follows.proposalId, createdAt: follows.createdAt }).from(follows).where(eq(follows.userId, userId)),
    db.select({ planId: ballots.planId, reference: ballots.reference, castAt: ballots.castAt }).from(ballots).where(eq(ballots.voterId, userId)),
    db.select({ title: notifications.title, createdAt: notifications.createdAt }).from(notifications).where(eq(notifications.userId, userId)),
  ]);
  if (!profile) return null;
  const { user, equality } = profile;
  return {
    exportedAt: new Date().toISOString(),
    profile: {
      name: user.name,
      email: user.email,
      participantType: user.participantType,
      homeAreaId: user.homeAreaId,
      homeAreaVerified: user.homeAreaVerifiedAt !== null,
      notifyByEmail: user.notifyByEmail,
      notifyDigest: user.notifyDigest,
      joinedAt: user.createdAt,
    },
    equalityAnswers: equality ? { ageBand: equality.ageBand, gender: equality.gender, ethnicity: equality.ethnicity, disability: equality.disability, employmentStatus: equality.employmentStatus } : null,
    staffRoles: roles,
    organisations: orgs,
    proposals: ownProposals,
    pledges: ownPledges,
    comments: ownComments,
    supports: ownSupports,
    follows: ownFollows,
    // Ballot choices stay secret even from their owner's export; the receipt reference is enough.
    ballots: ownBallots,
    notifications: inbox,
  };
}

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

/** Suspends a person and deletes their sessions, so they are signed out on their next request. */
export async function suspendPerson(db: Database, userId: string, reason: string): Promise<boolean> {
  const updated = await db
    .update(users)
    .set({ suspendedAt: new Date(), suspendedReason: reason })
    .where(and(eq(users.id, userId), isNull(users.suspendedAt), isNull(users.deletedAt)))
    .returning({ id: users.id });
  await db.delete(sessions).where(eq(sessions.userId, userId));
  return updated.length > 0;
}

export async function reinstatePerson(db: Database, userId: string): Promise<boolean> {
  const updated = await db
    .update(users)
    .set({ suspendedAt: null, suspendedReason: null })
    .where(and(eq(users.id, userId), isNotNull(users.suspendedAt)))
    .returning({ id: users.id });
  return updated.length > 0;
}
