"use server";

import { z } from "zod";
import type { Database } from "@/db";
import { deleteOwnComment, editOwnComment, getCommentOnProposal, insertComment, insertFlag } from "@/db/queries/comments/comments";
import { addFollow, getOrganisationName } from "@/db/queries/coproduction/coproduction";
import { notifyProposalFollowers } from "@/db/queries/platform/notifications";
import { refreshProposalCounters } from "@/db/queries/proposals/proposal-counters";
import { hitRateLimit } from "@/db/queries/platform/rate-limits";
import { commentEditSchema, commentInputSchema, commentReportSchema, commentTargetSchema, editRefusal, editWindowStart, replyRefusal, reportReasonField } from "@/lib/comments/comments";
import { commentRateRule, parseWordList, rateLimitExceeded, screenContent } from "@/lib/moderation/moderation-rules";
import { authorize } from "@/lib/policy";
import { rateLimitKey } from "@/lib/platform/rate-limit";
import { ActionError, defineAction } from "../../_server/action";
import { proposalIdField, refreshProposalPages, requireProposal } from "./actions-shared";

/** The comment must be on the proposal named in the form, and that proposal must be one people can see. */
async function requireComment(db: Database, commentId: string, proposalId: string) {
  await requireProposal(db, proposalId, { open: false });
  const comment = await getCommentOnProposal(db, commentId, proposalId);
  if (!comment) throw new ActionError("That comment was not found on this proposal.");
  return comment;
}

const words = () => parseWordList(process.env.MODERATION_WORDS);

const heldMessage = "Thanks. Your comment is waiting for a moderator before it appears, because it looked like it might be spam.";

/**
 * Anyone signed in comments as themselves while the plan is past its draft; speaking with an
 * organisation's official voice takes an admin of it. Each comment counts against the person's rate
 * limit (a Postgres counter, so every app instance shares it) and is screened by the word list and
 * link limit: what trips them is saved hidden, for a moderator, instead of published.
 */
export const createCommentAction = defineAction({
  schema: commentInputSchema,
  async policy({ actor, input, db }) {
    const proposal = await requireProposal(db, input.proposalId, { open: false });
    if (proposal.status === "withdrawn") throw new ActionError("This proposal has been withdrawn by its author, so its discussion is closed.");
    if (!input.organisationId) return authorize(actor, "comment.create", { planPhase: proposal.planPhase });
    const decision = authorize(actor, "comment.createForOrganisation", { planPhase: proposal.planPhase, organisationId: input.organisationId });
    if (!decision.allowed && decision.reason === "not_permitted") {
      throw new ActionError("Only an organisation's admins can speak for it. Comment as yourself, or ask an admin.", "organisationId");
    }
    return decision;
  },
  async run({ tx, actor, input }) {
    const hits = await hitRateLimit(tx, rateLimitKey(commentRateRule.scope, actor.id), commentRateRule.windowMs);
    // Throwing rolls the transaction back, hit included: refused attempts do not extend the wait.
    if (rateLimitExceeded(commentRateRule, hits)) throw new ActionError(commentRateRule.message);
    if (input.parentId) {
      const refusal = replyRefusal(await getCommentOnProposal(tx, input.parentId, input.proposalId), input.proposalId);
      if (refusal) throw new ActionError(refusal, "parentId");
    }
    const organisationName = input.organisationId ? await getOrganisationName(tx, input.organisationId) : null;
    if (input.organisationId && !organisationName) throw new ActionError("Choose yourself or one of your organisations", "organisationId");

    const screening = screenContent(input.body, { words: words() });
    const commentId = await insertComment(tx, {
      proposalId: input.proposalId,
      authorId: actor.id,
      organisationId: input.organisationId ?? null,
      parentId: input.parentId ?? null,
      stance: input.stance,
      body: input.body,
      hiddenReason: screening.held ? screening.reason : null,
    });
    // Commenters follow the proposal, so they hear replies and what happens next.
    await addFollow(tx, input.proposalId, actor.id);
    await refreshProposalCounters(tx, input.proposalId);
    if (!screening.held) {
      const proposal = await requireProposal(tx, input.proposalId, { open: false });
      await notifyProposalFollowers(tx, {
        proposalId: input.proposalId,
        kind: "comment.created",
        title: `${organisationName ?? actor.name ?? "Someone"} ${input.parentId ? "replied in the discussion of" : "commented on"} “${proposal.title}”`,
        body: input.body.length > 280 ? `${input.body.slice(0, 277)}…` : input.body,
        href: `/proposals/${input.proposalId}#comment-${commentId}`,
        actorId: actor.id,
      });
    }
    return { proposalId: input.proposalId, commentId, held: screening.held };
  },
  after: ({ proposalId }) => refreshProposalPages(proposalId),
  successMessage: ({ held }) => (held ? heldMessage : "Your comment is posted. You now follow this proposal."),
});

/** Authors may fix their words for 15 minutes; the window is checked again in the update's where. */
export const editCommentAction = defineAction({
  schema: commentEditSchema,
  async policy({ actor, input, db }) {
    const comment = await requireComment(db, input.commentId, input.proposalId);
    return authorize(actor, "comment.edit", { authorId: comment.authorId });
  },
  async run({ tx, actor, input }) {
    const now = new Date();
    const screening = screenContent(input.body, { words: words() });
    const edited = await editOwnComment(
      tx,
      { commentId: input.commentId, proposalId: input.proposalId, authorId: actor.id, createdSince: editWindowStart(now) },
      { body: input.body, stance: input.stance, heldReason: screening.held ? screening.reason : null },
    );
    if (!edited) {
      const comment = await getCommentOnProposal(tx, input.commentId, input.proposalId);
      throw new ActionError((comment && editRefusal(comment, now)) ?? "That comment can no longer be edited.");
    }
    await refreshProposalCounters(tx, input.proposalId);
    return { proposalId: input.proposalId, held: screening.held };
  },
  after: ({ proposalId }) => refreshProposalPages(proposalId),
  successMessage: ({ held }) => (held ? heldMessage : "Your comment is updated."),
});

export const deleteCommentAction = defineAction({
  schema: commentTargetSchema,
  async policy({ actor, input, db }) {
    const comment = await requireComment(db, input.commentId, input.proposalId);
    return authorize(actor, "comment.delete", { authorId: comment.authorId });
  },
  async run({ tx, actor, input }) {
    if (!(await deleteOwnComment(tx, { commentId: input.commentId, proposalId: input.proposalId, authorId: actor.id }))) {
      throw new ActionError("That comment has already been deleted.");
    }
    await refreshProposalCounters(tx, input.proposalId);
    return { proposalId: input.proposalId };
  },
  after: ({ proposalId }) => refreshProposalPages(proposalId),
  successMessage: "Your comment is deleted. The discussion shows that it was deleted by its author.",
});

const alreadyReported = "You have already reported this. A moderator will look at it.";

export const reportCommentAction = defineAction({
  schema: commentReportSchema,
  async policy({ actor, input, db }) {
    const comment = await requireComment(db, input.commentId, input.proposalId);
    if (comment.deletedAt || comment.hiddenAt) throw new ActionError("That comment is no longer shown.");
    return authorize(actor, "comment.report", { authorId: comment.authorId });
  },
  async run({ tx, actor, input }) {
    if (!(await insertFlag(tx, { reporterId: actor.id, commentId: input.commentId, reason: input.reason }))) throw new ActionError(alreadyReported);
    return null;
  },
  successMessage: "Thank you. A moderator will look at this comment.",
});

export const reportProposalAction = defineAction({
  schema: z.object({ proposalId: proposalIdField, reason: reportReasonField }),
  async policy({ actor, input, db }) {
    const proposal = await requireProposal(db, input.proposalId, { open: false });
    return authorize(actor, "proposal.report", { authorId: proposal.authorId });
  },
  async run({ tx, actor, input }) {
    if (!(await insertFlag(tx, { reporterId: actor.id, proposalId: input.proposalId, reason: input.reason }))) throw new ActionError(alreadyReported);
    return null;
  },
  successMessage: "Thank you. A moderator will look at this proposal.",
});
