import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "../../connect";
import { follows, notifications, proposals, users } from "../../schema";

export interface ProposalEvent {
  proposalId: string;
  /** e.g. "pledge.offered", "comment.created", "status.changed" */
  kind: string;
  title: string;
  body?: string;
  href?: string;
  /** The person who caused the event is not told about it. */
  actorId?: string | null;
}

/**
 * Tells a proposal's followers and its author about an event, in-app, in the caller's transaction.
 * Returns who was told, so the caller (or the email job) can email those who asked for email.
 */
export async function notifyProposalFollowers(db: Database, event: ProposalEvent): Promise<string[]> {
  const [followerRows, [proposal]] = await Promise.all([
    db.select({ userId: follows.userId }).from(follows).where(eq(follows.proposalId, event.proposalId)),
    db.select({ authorId: proposals.authorId }).from(proposals).where(eq(proposals.id, event.proposalId)),
  ]);
  const recipients = new Set(followerRows.map((row) => row.userId));
  if (proposal) recipients.add(proposal.authorId);
  if (event.actorId) recipients.delete(event.actorId);
  if (recipients.size === 0) return [];
  const wantsEmail = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, [...recipients]), eq(users.notifyByEmail, true), isNull(users.deletedAt), isNull(users.suspendedAt)));
  const emailed = new Set(wantsEmail.map((row) => row.id));
  await db.insert(notifications).values(
    [...recipients].map((userId) => ({
      userId,
      kind: event.kind,
      proposalId: event.proposalId,
      title: event.title,
      body: event.body ?? "",
      href: event.href ?? `/proposals/${event.proposalId}`,
      emailStatus: emailed.has(userId) ? ("pending" as const) : ("skipped" as const),
    })),
  );
  return [...recipients];
}
