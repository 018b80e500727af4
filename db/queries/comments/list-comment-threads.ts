import { and, asc, count, eq, inArray, isNull, notLike, or, type SQL } from "drizzle-orm";
import { heldReasonPrefix } from "@/lib/moderation/moderation-rules";
import type { PageRequest } from "@/lib/shared/pagination";
import type { Database } from "../../connect";
import { comments, organisations, users } from "../../schema";

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
