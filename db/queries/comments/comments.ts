import { and, asc, count, eq, gte, inArray, isNull, like, notLike, or, type SQL } from "drizzle-orm";
import { heldReasonPrefix } from "@/lib/moderation/moderation-rules";
import type { PageRequest } from "@/lib/shared/pagination";
import type { Database } from "../../connect";
import { comments, flags, organisations, plans, proposals, users } from "../../schema";

/** A comment with what the comment actions decide on: its proposal's status and plan phase. */
export async function getCommentOnProposal(db: Database, commentId: string, proposalId: string) {
  const [row] = await db
    .select({
      id: comments.id,
      proposalId: comments.proposalId,
      parentId: comments.parentId,
      authorId: comments.authorId,
      createdAt: comments.createdAt,
      deletedAt: comments.deletedAt,
      hiddenAt: comments.hiddenAt,
      planPhase: plans.phase,
    })
    .from(comments)
    .innerJoin(proposals, eq(proposals.id, comments.proposalId))
    .innerJoin(plans, eq(plans.id, proposals.planId))
    .where(and(eq(comments.id, commentId), eq(comments.proposalId, proposalId)))
    .limit(1);
  return row ?? null;
}

export async function insertComment(
  tx: Database,
  values: { proposalId: string; authorId: string; organisationId: string | null; parentId: string | null; stance: typeof comments.$inferInsert.stance; body: string; hiddenReason: string | null },
): Promise<string> {
  const [row] = await tx
    .insert(comments)
    .values({ ...values, hiddenAt: values.hiddenReason ? new Date() : null })
    .returning({ id: comments.id });
  if (!row) throw new Error("comment not inserted");
  return row.id;
}

/**
 * Rewrites the author's own comment only while it is visible and inside the edit window: the rule of
 * lib/comments.ts repeated in the where, so a forged or late post changes nothing.
 */
export async function editOwnComment(
  tx: Database,
  scope: { commentId: string; proposalId: string; authorId: string; createdSince: Date },
  values: { body: string; stance: typeof comments.$inferInsert.stance; heldReason: string | null },
): Promise<boolean> {
  const { heldReason, ...content } = values;
  const now = new Date();
  const updated = await tx
    .update(comments)
    .set({ ...content, editedAt: now, ...(heldReason ? { hiddenAt: now, hiddenReason: heldReason } : {}) })
    .where(
      and(
        eq(comments.id, scope.commentId),
        eq(comments.proposalId, scope.proposalId),
        eq(comments.authorId, scope.authorId),
        isNull(comments.deletedAt),
        isNull(comments.hiddenAt),
        gte(comments.createdAt, scope.createdSince),
      ),
    )
    .returning({ id: comments.id });
  return updated.length > 0;
}

/** A tombstone: the row stays so replies keep their place, the words go. */
export async function deleteOwnComment(tx: Database, scope: { commentId: string; proposalId: string; authorId: string }): Promise<boolean> {
  const deleted = await tx
    .update(comments)
    .set({ deletedAt: new Date() })
    .where(and(eq(comments.id, scope.commentId), eq(comments.proposalId, scope.proposalId), eq(comments.authorId, scope.authorId), isNull(comments.deletedAt)))
    .returning({ id: comments.id });
  return deleted.length > 0;
}

/** One open report per person per target: reporting twice does not double the count moderators see. */
export async function insertFlag(tx: Database, flag: { reporterId: string; reason: string } & ({ commentId: string } | { proposalId: string })): Promise<boolean> {
  const target = "commentId" in flag ? eq(flags.commentId, flag.commentId) : eq(flags.proposalId, flag.proposalId);
  const [existing] = await tx
    .select({ id: flags.id })
    .from(flags)
    .where(and(eq(flags.reporterId, flag.reporterId), eq(flags.status, "open"), target))
    .limit(1);
  if (existing) return false;
  await tx.insert(flags).values(flag);
  return true;
}

export type ThreadComment = Awaited<ReturnType<typeof listCommentThreads>>["threads"][number]["replies"][number];

/**
 * A page of top-level comments with all their replies, as `viewerId` may see them: two queries
 * whatever the page size. Deleted and hidden comments keep their place as tombstones without their
 * words; the author alone sees a hidden comment's words and the moderator's reason. A comment held
 * by the spam guards was never public, so nobody but its author sees it at all.
 */
export async function listCommentThreads(db: Database, proposalId: string, viewerId: string | null, page: PageRequest) {
  const columns = {
    id: comments.id,
    parentId: comments.parentId,
    stance: comments.stance,
    body: comments.body,
    createdAt: comments.createdAt,
    editedAt: comments.editedAt,
    deletedAt: comments.deletedAt,
    hiddenAt: comments.hiddenAt,
    hiddenReason: comments.hiddenReason,
    authorId: comments.authorId,
    organisationId: comments.organisationId,
    authorName: users.name,
    organisationName: organisations.name,
  };
  const notHeld: SQL | undefined = or(isNull(comments.hiddenReason), notLike(comments.hiddenReason, `${heldReasonPrefix}%`), viewerId ? eq(comments.authorId, viewerId) : undefined);
  const topLevel = and(eq(comments.proposalId, proposalId), isNull(comments.parentId), notHeld);
  const [roots, [total]] = await Promise.all([
    db
      .select(columns)
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .leftJoin(organisations, eq(organisations.id, comments.organisationId))
      .where(topLevel)
      .orderBy(asc(comments.createdAt), asc(comments.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ n: count() }).from(comments).where(topLevel),
  ]);
  const replies = roots.length
    ? await db
        .select(columns)
        .from(comments)
        .innerJoin(users, eq(users.id, comments.authorId))
        .leftJoin(organisations, eq(organisations.id, comments.organisationId))
        .where(and(inArray(comments.parentId, roots.map((root) => root.id)), notHeld))
        .orderBy(asc(comments.createdAt), asc(comments.id))
    : [];
  const redact = <C extends (typeof roots)[number]>(comment: C) => {
    const own = viewerId !== null && comment.authorId === viewerId;
    if (comment.deletedAt) return { ...comment, body: "", hiddenReason: null, own };
    if (comment.hiddenAt && !own) return { ...comment, body: "", hiddenReason: null, own };
    return { ...comment, own };
  };
  return {
    total: total?.n ?? 0,
    threads: roots.map((root) => ({ ...redact(root), replies: replies.filter((reply) => reply.parentId === root.id).map(redact) })),
  };
}

/** Held comments (spam guards) waiting for a moderator, oldest first. */
export function heldCommentsWhere(): SQL | undefined {
  return and(isNull(comments.deletedAt), like(comments.hiddenReason, `${heldReasonPrefix}%`));
}
