import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { isHeldReason, type ModerationTarget } from "@/lib/moderation/moderation-rules";
import type { Database } from "../../connect";
import { comments, proposals } from "../../schema";
import { notifyProposalFollowers } from "../platform/notify-followers";
import { refreshProposalCounters } from "../proposals/refresh-proposal-counters";
import { type Moderation, type ModerationOutcome, notifyPerson, recordModeration, resolveFlags } from "./record-moderation";

/**
 * Shows hidden content again (and approves what waited for pre-moderation or the spam guards).
 * A proposal returns to the status it had; a merged duplicate stays merged.
 */
export async function restoreContent(tx: Database, target: ModerationTarget, m: Moderation): Promise<ModerationOutcome> {
  if (target.kind === "comment") {
    const [before] = await tx.select({ hiddenReason: comments.hiddenReason }).from(comments).where(eq(comments.id, target.id));
    const [row] = await tx
      .update(comments)
      .set({ hiddenAt: null, hiddenReason: null })
      .where(and(eq(comments.id, target.id), isNotNull(comments.hiddenAt), isNull(comments.deletedAt)))
      .returning({ proposalId: comments.proposalId, authorId: comments.authorId });
    if (!row) return null;
    await refreshProposalCounters(tx, row.proposalId);
    await notifyPerson(tx, {
      userId: row.authorId,
      kind: "moderation.restored",
      proposalId: row.proposalId,
      title: "A moderator restored your comment: it is public again",
      body: `Reason: ${m.reason}`,
      href: `/proposals/${row.proposalId}#comment-${target.id}`,
    });
    // A held comment was never announced; approving it is when followers hear of it.
    if (isHeldReason(before?.hiddenReason)) {
      await notifyProposalFollowers(tx, {
        proposalId: row.proposalId,
        kind: "comment.created",
        title: "A new comment in a discussion you follow",
        href: `/proposals/${row.proposalId}#comment-${target.id}`,
        actorId: row.authorId,
      });
    }
    const reports = await resolveFlags(tx, target, "dismissed", m.moderatorId);
    await recordModeration(tx, m, "restore", target, { proposalId: row.proposalId, reportsDismissed: reports });
    return { target, proposalId: row.proposalId };
  }
  const [row] = await tx
    .update(proposals)
    .set({
      status: sql`${proposals.statusBeforeHidden}`,
      statusBeforeHidden: null,
      hiddenReason: null,
      publishedAt: sql`coalesce(${proposals.publishedAt}, now())`,
    })
    .where(and(eq(proposals.id, target.id), eq(proposals.status, "hidden"), isNotNull(proposals.statusBeforeHidden), isNull(proposals.mergedIntoId)))
    .returning({ authorId: proposals.authorId, title: proposals.title });
  if (!row) return null;
  await notifyPerson(tx, {
    userId: row.authorId,
    kind: "moderation.restored",
    proposalId: target.id,
    title: `Your proposal “${row.title}” is public`,
    body: `A moderator approved or restored it. Reason: ${m.reason}`,
    href: `/proposals/${target.id}`,
  });
  const reports = await resolveFlags(tx, target, "dismissed", m.moderatorId);
  await recordModeration(tx, m, "restore", target, { reportsDismissed: reports });
  return { target, proposalId: target.id };
}
