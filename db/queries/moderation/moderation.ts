import { and, asc, count, desc, eq, inArray, isNotNull, isNull, ne, or, sql } from "drizzle-orm";
import { awaitingModerationReason, heldReasonPrefix, isHeldReason, proposalRateRule, rateLimitExceeded, screenContent, type ModerationTarget } from "@/lib/moderation/moderation-rules";
import { rateLimitKey } from "@/lib/platform/rate-limit";
import type { Database } from "../../connect";
import { comments, flags, follows, moderationActions, notifications, plans, pledges, proposals, supports, users } from "../../schema";
import { recordAudit } from "../platform/audit";
import { heldCommentsWhere } from "../comments/comments";
import { notifyProposalFollowers } from "../platform/notifications";
import { refreshProposalCounters } from "../proposals/proposal-counters";
import { hitRateLimit } from "../platform/rate-limits";

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

/** An in-app message to one person, e.g. the author of what a moderator hid. */
async function notifyPerson(tx: Database, note: { userId: string; kind: string; proposalId: string | null; title: string; body: string; href: string | null }) {
  const [person] = await tx.select({ notifyByEmail: users.notifyByEmail }).from(users).where(and(eq(users.id, note.userId), isNull(users.deletedAt)));
  if (!person) return;
  await tx.insert(notifications).values({ ...note, emailStatus: person.notifyByEmail ? "pending" : "skipped" });
}

export type ModerationOutcome = { target: ModerationTarget; proposalId: string } | null;

interface Moderation {
  moderatorId: string;
  reason: string;
}

async function resolveFlags(tx: Database, target: ModerationTarget, status: "upheld" | "dismissed", moderatorId: string): Promise<number> {
  const rows = await tx
    .update(flags)
    .set({ status, resolvedBy: moderatorId, resolvedAt: new Date() })
    .where(and(eq(flags.status, "open"), target.kind === "comment" ? eq(flags.commentId, target.id) : eq(flags.proposalId, target.id)))
    .returning({ id: flags.id });
  return rows.length;
}

async function recordModeration(tx: Database, m: Moderation, action: "hide" | "restore" | "dismiss_flag", target: ModerationTarget, details: Record<string, unknown> = {}) {
  await tx.insert(moderationActions).values({
    moderatorId: m.moderatorId,
    action,
    reason: m.reason,
    commentId: target.kind === "comment" ? target.id : null,
    proposalId: target.kind === "proposal" ? target.id : null,
  });
  await recordAudit(tx, {
    actorId: m.moderatorId,
    action: `${target.kind}.${action === "dismiss_flag" ? "dismiss_reports" : action}`,
    entityType: target.kind,
    entityId: target.id,
    reason: m.reason,
    details,
  });
}

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
          inArray(proposals.status, ["published", "shortlisted", "on_ballot", "selected", "not_selected", "adopted", "in_delivery", "delivered", "withdrawn"]),
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

/** Closes the open reports on a target without acting on it. */
export async function dismissReports(tx: Database, target: ModerationTarget, m: Moderation): Promise<ModerationOutcome> {
  const dismissed = await resolveFlags(tx, target, "dismissed", m.moderatorId);
  if (dismissed === 0) return null;
  let proposalId = target.id;
  if (target.kind === "comment") {
    const [row] = await tx.select({ proposalId: comments.proposalId }).from(comments).where(eq(comments.id, target.id));
    proposalId = row?.proposalId ?? target.id;
  }
  await recordModeration(tx, m, "dismiss_flag", target, { reportsDismissed: dismissed });
  return { target, proposalId };
}

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

export type PublishGuard = { outcome: "published" } | { outcome: "held"; reason: string } | { outcome: "rate_limited"; message: string };

/**
 * For the publish action, in its transaction right after the draft became "published": counts the
 * publication against the author's limit, then holds it if its plan pre-moderates new proposals or
 * its words trip the spam guards. Held proposals are hidden with status_before_hidden "published",
 * so a moderator's restore publishes them and the same hide/restore path serves every case.
 */
export async function guardPublishedProposal(tx: Database, proposal: { id: string; authorId: string }, words: readonly string[], now = new Date()): Promise<PublishGuard> {
  const hits = await hitRateLimit(tx, rateLimitKey(proposalRateRule.scope, proposal.authorId), proposalRateRule.windowMs, now);
  if (rateLimitExceeded(proposalRateRule, hits)) return { outcome: "rate_limited", message: proposalRateRule.message };
  const [row] = await tx
    .select({ title: proposals.title, summary: proposals.summary, body: proposals.body, preModeration: plans.preModeration })
    .from(proposals)
    .innerJoin(plans, eq(plans.id, proposals.planId))
    .where(and(eq(proposals.id, proposal.id), eq(proposals.authorId, proposal.authorId), eq(proposals.status, "published")));
  if (!row) return { outcome: "published" };
  const screening = screenContent(`${row.title}\n${row.summary}\n${row.body}`, { words });
  const reason = screening.held ? screening.reason : row.preModeration ? awaitingModerationReason : null;
  if (!reason) return { outcome: "published" };
  await tx
    .update(proposals)
    .set({ status: "hidden", statusBeforeHidden: "published", hiddenReason: reason })
    .where(and(eq(proposals.id, proposal.id), eq(proposals.status, "published")));
  return { outcome: "held", reason };
}
