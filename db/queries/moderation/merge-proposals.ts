import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../../connect";
import { comments, follows, moderationActions, pledges, proposals, supports } from "../../schema";
import { recordAudit } from "../platform/record-audit";
import { refreshProposalCounters } from "../proposals/refresh-proposal-counters";
import { type Moderation, notifyPerson } from "./record-moderation";

export type MergeResult =
  | { ok: true; moved: { supports: number; follows: number; pledges: number; comments: number } }
  | { ok: false; reason: string };

/**
 * Merges a duplicate proposal into another in the caller's transaction: supports and follows move
 * (one per person: someone who backed both keeps one), pledges and comments move whole, the duplicate
 * is hidden with a pointer to the target, both counters are recomputed, both authors are told.
 * Pledges lose their link to the duplicate's needs, which stay behind with it.
 */
export async function mergeProposals(tx: Database, ids: { duplicateId: string; targetId: string }, m: Moderation): Promise<MergeResult> {
  // Lock both rows in a fixed order so two merges of the same pair cannot deadlock.
  const locked = await tx
    .select({ id: proposals.id, planId: proposals.planId, status: proposals.status, mergedIntoId: proposals.mergedIntoId, authorId: proposals.authorId, title: proposals.title })
    .from(proposals)
    .where(inArray(proposals.id, [ids.duplicateId, ids.targetId]))
    .orderBy(asc(proposals.id))
    .for("update");
  const duplicate = locked.find((row) => row.id === ids.duplicateId);
  const target = locked.find((row) => row.id === ids.targetId);
  if (!duplicate || !target) return { ok: false, reason: "One of those proposals was not found." };
  if (duplicate.planId !== target.planId) return { ok: false, reason: "Only proposals in the same plan can be merged." };
  if (duplicate.status === "draft") return { ok: false, reason: "A draft cannot be merged: it is not public." };
  if (duplicate.mergedIntoId) return { ok: false, reason: "That proposal has already been merged into another." };
  if (target.mergedIntoId || !["published", "shortlisted", "on_ballot"].includes(target.status)) {
    return { ok: false, reason: "Merge into a public proposal that is still open (published, shortlisted or on the ballot)." };
  }

  await tx.execute(
    sql`insert into supports (proposal_id, user_id, created_at) select ${target.id}, user_id, created_at from supports where proposal_id = ${duplicate.id} on conflict (proposal_id, user_id) do nothing`,
  );
  const supportsBefore = await tx.select({ n: count() }).from(supports).where(eq(supports.proposalId, duplicate.id));
  await tx.delete(supports).where(eq(supports.proposalId, duplicate.id));
  await tx.execute(
    sql`insert into follows (proposal_id, user_id, created_at) select ${target.id}, user_id, created_at from follows where proposal_id = ${duplicate.id} on conflict (proposal_id, user_id) do nothing`,
  );
  const followsBefore = await tx.select({ n: count() }).from(follows).where(eq(follows.proposalId, duplicate.id));
  await tx.delete(follows).where(eq(follows.proposalId, duplicate.id));
  // The duplicate's author hears what happens next to the idea.
  await tx.insert(follows).values({ proposalId: target.id, userId: duplicate.authorId }).onConflictDoNothing();
  const movedPledges = await tx.update(pledges).set({ proposalId: target.id, needId: null }).where(eq(pledges.proposalId, duplicate.id)).returning({ id: pledges.id });
  const movedComments = await tx.update(comments).set({ proposalId: target.id }).where(eq(comments.proposalId, duplicate.id)).returning({ id: comments.id });

  await tx
    .update(proposals)
    .set({
      status: "hidden",
      statusBeforeHidden: sql`case when ${proposals.status} = 'hidden' then ${proposals.statusBeforeHidden} else ${proposals.status} end`,
      hiddenReason: m.reason,
      mergedIntoId: target.id,
    })
    .where(and(eq(proposals.id, duplicate.id), isNull(proposals.mergedIntoId)));
  await refreshProposalCounters(tx, duplicate.id);
  await refreshProposalCounters(tx, target.id);

  const moved = { supports: supportsBefore[0]?.n ?? 0, follows: followsBefore[0]?.n ?? 0, pledges: movedPledges.length, comments: movedComments.length };
  for (const authorId of new Set([duplicate.authorId, target.authorId])) {
    await notifyPerson(tx, {
      userId: authorId,
      kind: "moderation.merged",
      proposalId: target.id,
      title: `“${duplicate.title}” was merged into “${target.title}”`,
      body: `Its supporters, pledges and comments are now on “${target.title}”. Reason: ${m.reason}`,
      href: `/proposals/${target.id}`,
    });
  }
  await tx.insert(moderationActions).values({ moderatorId: m.moderatorId, action: "merge", proposalId: duplicate.id, reason: m.reason });
  await recordAudit(tx, { actorId: m.moderatorId, action: "proposal.merge", entityType: "proposal", entityId: duplicate.id, reason: m.reason, details: { into: target.id, moved } });
  return { ok: true, moved };
}
