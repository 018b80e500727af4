import { and, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { comments, plans, proposals } from "../../schema";

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
