import { and, asc, count, desc, eq, inArray, isNotNull, isNull, like, ne, or, sql, type SQL } from "drizzle-orm";
import { awaitingModerationReason, heldReasonPrefix } from "@/lib/moderation/moderation-rules";
import { comments, flags, plans, proposals, users } from "../../schema";
import type { Database } from "../../connect";

/** Held comments (spam guards) waiting for a moderator, oldest first. */
function heldCommentsWhere(): SQL | undefined {
  return and(isNull(comments.deletedAt), like(comments.hiddenReason, `${heldReasonPrefix}%`));
}

const queueLimit = 100;

/**
 * Everything waiting for a moderator, in four lists of at most 100: reports grouped by what they
 * report (with every reason and the count), comments held by the spam guards, proposals waiting for
 * pre-moderation or held, and what is hidden now (so it can be restored).
 */
export async function listModerationQueue(db: Database) {
  const reasons = sql<string[]>`array_agg(${flags.reason} order by ${flags.createdAt})`;
  const [reportedComments, reportedProposals, heldComments, waitingProposals, hiddenComments, hiddenProposals] = await Promise.all([
    db
      .select({
        id: comments.id,
        body: comments.body,
        hiddenAt: comments.hiddenAt,
        deletedAt: comments.deletedAt,
        authorName: users.name,
        proposalId: proposals.id,
        proposalTitle: proposals.title,
        reports: count(flags.id),
        reasons,
      })
      .from(flags)
      .innerJoin(comments, eq(comments.id, flags.commentId))
      .innerJoin(proposals, eq(proposals.id, comments.proposalId))
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(eq(flags.status, "open"))
      .groupBy(comments.id, users.name, proposals.id)
      .orderBy(desc(count(flags.id)), asc(sql`min(${flags.createdAt})`))
      .limit(queueLimit),
    db
      .select({
        id: proposals.id,
        title: proposals.title,
        summary: proposals.summary,
        status: proposals.status,
        authorName: users.name,
        reports: count(flags.id),
        reasons,
      })
      .from(flags)
      .innerJoin(proposals, eq(proposals.id, flags.proposalId))
      .innerJoin(users, eq(users.id, proposals.authorId))
      .where(eq(flags.status, "open"))
      .groupBy(proposals.id, users.name)
      .orderBy(desc(count(flags.id)), asc(sql`min(${flags.createdAt})`))
      .limit(queueLimit),
    db
      .select({ id: comments.id, body: comments.body, hiddenReason: comments.hiddenReason, createdAt: comments.createdAt, authorName: users.name, proposalId: proposals.id, proposalTitle: proposals.title })
      .from(comments)
      .innerJoin(proposals, eq(proposals.id, comments.proposalId))
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(heldCommentsWhere())
      .orderBy(asc(comments.createdAt))
      .limit(queueLimit),
    db
      .select({ id: proposals.id, title: proposals.title, summary: proposals.summary, hiddenReason: proposals.hiddenReason, authorName: users.name, planTitle: plans.title, updatedAt: proposals.updatedAt })
      .from(proposals)
      .innerJoin(users, eq(users.id, proposals.authorId))
      .innerJoin(plans, eq(plans.id, proposals.planId))
      .where(and(eq(proposals.status, "hidden"), or(eq(proposals.hiddenReason, awaitingModerationReason), sql`${proposals.hiddenReason} like ${`${heldReasonPrefix}%`}`)))
      .orderBy(asc(proposals.updatedAt))
      .limit(queueLimit),
    db
      .select({ id: comments.id, body: comments.body, hiddenReason: comments.hiddenReason, hiddenAt: comments.hiddenAt, authorName: users.name, proposalId: proposals.id, proposalTitle: proposals.title })
      .from(comments)
      .innerJoin(proposals, eq(proposals.id, comments.proposalId))
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(and(isNotNull(comments.hiddenAt), isNull(comments.deletedAt), sql`${comments.hiddenReason} not like ${`${heldReasonPrefix}%`}`))
      .orderBy(desc(comments.hiddenAt))
      .limit(queueLimit),
    db
      .select({ id: proposals.id, title: proposals.title, hiddenReason: proposals.hiddenReason, mergedIntoId: proposals.mergedIntoId, authorName: users.name })
      .from(proposals)
      .innerJoin(users, eq(users.id, proposals.authorId))
      .where(
        and(
          eq(proposals.status, "hidden"),
          ne(proposals.hiddenReason, awaitingModerationReason),
          sql`${proposals.hiddenReason} not like ${`${heldReasonPrefix}%`}`,
        ),
      )
      .orderBy(desc(proposals.updatedAt))
      .limit(queueLimit),
  ]);
  return { reportedComments, reportedProposals, heldComments, waitingProposals, hiddenComments, hiddenProposals };
}

/** Proposals a duplicate may be merged into, for the merge form: public ones, by plan. */
export async function listMergeCandidates(db: Database) {
  return db
    .select({ id: proposals.id, title: proposals.title, planTitle: plans.title, status: proposals.status })
    .from(proposals)
    .innerJoin(plans, eq(plans.id, proposals.planId))
    .where(and(inArray(proposals.status, ["published", "shortlisted", "on_ballot"]), isNull(proposals.mergedIntoId)))
    .orderBy(asc(plans.title), asc(proposals.title))
    .limit(500);
}
