import { and, eq, gte, isNull } from "drizzle-orm";
import type { Database } from "../../connect";
import { comments } from "../../schema";

/**
 * Rewrites the author's own comment only while it is visible and inside the edit window: the rule of
 * lib/comments/comments.ts repeated in the where, so a forged or late post changes nothing.
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
