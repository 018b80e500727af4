import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { awaitingModerationReason, heldReasonPrefix, type ModerationTarget } from "@/lib/moderation/moderation-rules";
import { publicProposalStatuses } from "@/lib/proposals/statuses";
import type { Database } from "../../connect";
import { comments, proposals } from "../../schema";
import { refreshProposalCounters } from "../proposals/refresh-proposal-counters";
import { type Moderation, type ModerationOutcome, notifyPerson, recordModeration, resolveFlags } from "./record-moderation";

/**
 * Hides a comment or proposal with a reason its author sees, upholds its open reports, tells the
 * author, and records it. Content the spam guards or pre-moderation already hid can be hidden for
 * good (the moderator's reason replaces the automatic one). Returns null when there is nothing to hide.
 */
export async function hideContent(tx: Database, target: ModerationTarget, m: Moderation): Promise<ModerationOutcome> {
  if (target.kind === "comment") {
    const [row] = await tx
      .update(comments)
      .set({ hiddenAt: sql`coalesce(${comments.hiddenAt}, now())`, hiddenReason: m.reason })
      .where(and(eq(comments.id, target.id), isNull(comments.deletedAt), or(isNull(comments.hiddenAt), sql`${comments.hiddenReason} like ${`${heldReasonPrefix}%`}`)))
      .returning({ proposalId: comments.proposalId, authorId: comments.authorId });
    if (!row) return null;
    await refreshProposalCounters(tx, row.proposalId);
    const [proposal] = await tx.select({ title: proposals.title }).from(proposals).where(eq(proposals.id, row.proposalId));
    await notifyPerson(tx, {
      userId: row.authorId,
      kind: "moderation.hidden",
      proposalId: row.proposalId,
      title: `A moderator hid your comment on “${proposal?.title ?? "a proposal"}”`,
      body: `Reason: ${m.reason}`,
      href: `/proposals/${row.proposalId}#comment-${target.id}`,
    });
    const reports = await resolveFlags(tx, target, "upheld", m.moderatorId);
    await recordModeration(tx, m, "hide", target, { proposalId: row.proposalId, reportsUpheld: reports });
    return { target, proposalId: row.proposalId };
  }
  const [row] = await tx
    .update(proposals)
    .set({ status: "hidden", statusBeforeHidden: sql`case when ${proposals.status} = 'hidden' then ${proposals.statusBeforeHidden} else ${proposals.status} end`, hiddenReason: m.reason })
    .where(
      and(
        eq(proposals.id, target.id),
        isNull(proposals.mergedIntoId),
        or(
          inArray(proposals.status, [...publicProposalStatuses, "withdrawn"]),
          and(eq(proposals.status, "hidden"), or(eq(proposals.hiddenReason, awaitingModerationReason), sql`${proposals.hiddenReason} like ${`${heldReasonPrefix}%`}`)),
        ),
      ),
    )
    .returning({ authorId: proposals.authorId, title: proposals.title });
  if (!row) return null;
  await notifyPerson(tx, {
    userId: row.authorId,
    kind: "moderation.hidden",
    proposalId: target.id,
    title: `A moderator hid your proposal “${row.title}”`,
    body: `Reason: ${m.reason}`,
    // Nobody else can open a hidden proposal, so the notification itself carries the reason.
    href: null,
  });
  const reports = await resolveFlags(tx, target, "upheld", m.moderatorId);
  await recordModeration(tx, m, "hide", target, { reportsUpheld: reports });
  return { target, proposalId: target.id };
}
