import { eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { ballots, comments, follows, memberships, notifications, organisations, pledges, proposals, staffRoles, supports } from "../../schema";
import { getProfile } from "./get-profile";

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
