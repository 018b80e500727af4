"use server";

import { z } from "zod";
import type { Database } from "@/db";
import { deleteOwnComment, editOwnComment } from "@/db/queries/comments/edit-comment";
import { getCommentOnProposal } from "@/db/queries/comments/get-comment";
import { insertComment } from "@/db/queries/comments/post-comment";
import { insertFlag } from "@/db/queries/moderation/report-content";
import { addFollow } from "@/db/queries/proposals/follow-proposal";
import { getOrganisationName } from "@/db/queries/organisations/get-organisation";
import { notifyProposalFollowers } from "@/db/queries/platform/notify-followers";
import { refreshProposalCounters } from "@/db/queries/proposals/refresh-proposal-counters";
import type { ProposalLocks } from "@/db/queries/proposals/lock-proposal-rows";
import { hitRateLimit } from "@/db/queries/platform/hit-rate-limit";
import { commentEditSchema, commentInputSchema, commentReportSchema, commentTargetSchema, editRefusal, editWindowStart, replyRefusal, reportReasonField } from "@/lib/comments/comments";
import { moderationWords } from "@/env";
import { commentRateRule, rateLimitExceeded, screenContent } from "@/lib/moderation/moderation-rules";
import { authorize } from "@/lib/policy";
import { rateLimitKey } from "@/lib/platform/rate-limit";
import { ActionError, defineAction } from "../../_server/action";
import { countersInPhase, loadProposal, proposalIdField, refreshProposalPages } from "./actions-shared";

/** The comment must be on the proposal named in the form, and that proposal must be one people can see. */
async function loadComment(tx: Database, input: { commentId: string; proposalId: string }, lock?: ProposalLocks) {
  const proposal = await loadProposal(tx, input.proposalId, { open: false, lock });
  const comment = await getCommentOnProposal(tx, input.commentId, proposal.id);
  if (!comment) throw new ActionError("That comment was not found on this proposal.");
  return comment;
}

// Editing or deleting a comment changes the proposal's comment count.
const counted: ProposalLocks = { proposal: "no key update" };

const words = moderationWords;

const heldMessage = "Thanks. Your comment is waiting for a moderator before it appears, because it looked like it might be spam.";

/**
 * Anyone signed in comments as themselves while the plan is past its draft; speaking with an
 * organisation's official voice takes an admin of it. Each comment counts against the person's rate
 * limit (a Postgres counter, so every app instance shares it) and is screened by the word list and
 * link limit: what trips them is saved hidden, for a moderator, instead of published.
 */
export const createCommentAction = defineAction({
  schema: commentInputSchema,
  async load(tx, input) {
    const proposal = await loadProposal(tx, input.proposalId, { open: false, lock: countersInPhase });
    if (proposal.status === "withdrawn") throw new ActionError("This proposal has been withdrawn by its author, so its discussion is closed.");
    const parent = input.parentId ? await getCommentOnProposal(tx, input.parentId, proposal.id) : null;
    const organisationName = input.organisationId ? await getOrganisationName(tx, input.organisationId) : null;
    return { proposal, parent, organisationName };
  },
  policy(actor, { proposal }, input) {
    if (!input.organisationId) return authorize(actor, "comment.create", { planPhase: proposal.planPhase });
    const decision = authorize(actor, "comment.createForOrganisation", { planPhase: proposal.planPhase, organisationId: input.organisationId });
    if (!decision.allowed && decision.reason === "not_permitted") {
      throw new ActionError("Only an organisation's admins can speak for it. Comment as yourself, or ask an admin.", "organisationId");
    }
    return decision;
  },
  async run({ tx, actor, input, resource: { proposal, parent, organisationName } }) {
    const hits = await hitRateLimit(tx, rateLimitKey(commentRateRule.scope, actor.id), commentRateRule.windowMs);
    // Throwing rolls the transaction back, hit included: refused attempts do not extend the wait.
    if (rateLimitExceeded(commentRateRule, hits)) throw new ActionError(commentRateRule.message);
    if (input.parentId) {
      const refusal = replyRefusal(parent, proposal.id);
      if (refusal) throw new ActionError(refusal, "parentId");
    }
    if (input.organisationId && !organisationName) throw new ActionError("Choose yourself or one of your organisations", "organisationId");

    const screening = screenContent(input.body, { words: words() });
    const commentId = await insertComment(tx, {
      proposalId: proposal.id,
      authorId: actor.id,
      organisationId: input.organisationId ?? null,
      parentId: input.parentId ?? null,
      stance: input.stance,
      body: input.body,
      hiddenReason: screening.held ? screening.reason : null,
    });
    // Commenters follow the proposal, so they hear replies and what happens next.
    await addFollow(tx, proposal.id, actor.id);
    await refreshProposalCounters(tx, proposal.id);
    if (!screening.held) {
      await notifyProposalFollowers(tx, {
        proposalId: proposal.id,
        kind: "comment.created",
        title: `${organisationName ?? actor.name ?? "Someone"} ${input.parentId ? "replied in the discussion of" : "commented on"} “${proposal.title}”`,
        body: input.body.length > 280 ? `${input.body.slice(0, 277)}…` : input.body,
        href: `/proposals/${proposal.id}#comment-${commentId}`,
        actorId: actor.id,
      });
    }
    return { proposalId: proposal.id, commentId, held: screening.held };
  },
  after: ({ proposalId }) => refreshProposalPages(proposalId),
  successMessage: ({ held }) => (held ? heldMessage : "Your comment is posted. You now follow this proposal."),
});

/** Authors may fix their words for 15 minutes; the window is checked again in the update's where. */
export const editCommentAction = defineAction({
  schema: commentEditSchema,
  load: (tx, input) => loadComment(tx, input, counted),
  policy: (actor, comment) => authorize(actor, "comment.edit", { authorId: comment.authorId }),
  async run({ tx, actor, input, resource: comment }) {
    const now = new Date();
    const screening = screenContent(input.body, { words: words() });
    const edited = await editOwnComment(
      tx,
      { commentId: comment.id, proposalId: comment.proposalId, authorId: actor.id, createdSince: editWindowStart(now) },
      { body: input.body, stance: input.stance, heldReason: screening.held ? screening.reason : null },
    );
    if (!edited) throw new ActionError(editRefusal(comment, now) ?? "That comment can no longer be edited.");
    await refreshProposalCounters(tx, comment.proposalId);
    return { proposalId: comment.proposalId, held: screening.held };
  },
  after: ({ proposalId }) => refreshProposalPages(proposalId),
  successMessage: ({ held }) => (held ? heldMessage : "Your comment is updated."),
});

export const deleteCommentAction = defineAction({
  schema: commentTargetSchema,
  load: (tx, input) => loadComment(tx, input, counted),
  policy: (actor, comment) => authorize(actor, "comment.delete", { authorId: comment.authorId }),
  async run({ tx, actor, resource: comment }) {
    if (!(await deleteOwnComment(tx, { commentId: comment.id, proposalId: comment.proposalId, authorId: actor.id }))) {
      throw new ActionError("That comment has already been deleted.");
    }
    await refreshProposalCounters(tx, comment.proposalId);
    return { proposalId: comment.proposalId };
  },
  after: ({ proposalId }) => refreshProposalPages(proposalId),
  successMessage: "Your comment is deleted. The discussion shows that it was deleted by its author.",
});

const alreadyReported = "You have already reported this. A moderator will look at it.";

export const reportCommentAction = defineAction({
  schema: commentReportSchema,
  async load(tx, input) {
    const comment = await loadComment(tx, input);
    if (comment.deletedAt || comment.hiddenAt) throw new ActionError("That comment is no longer shown.");
    return comment;
  },
  policy: (actor, comment) => authorize(actor, "comment.report", { authorId: comment.authorId }),
  async run({ tx, actor, input, resource: comment }) {
    if (!(await insertFlag(tx, { reporterId: actor.id, commentId: comment.id, reason: input.reason }))) throw new ActionError(alreadyReported);
    return null;
  },
  successMessage: "Thank you. A moderator will look at this comment.",
});

export const reportProposalAction = defineAction({
  schema: z.object({ proposalId: proposalIdField, reason: reportReasonField }),
  load: (tx, input) => loadProposal(tx, input.proposalId, { open: false }),
  policy: (actor, proposal) => authorize(actor, "proposal.report", { authorId: proposal.authorId }),
  async run({ tx, actor, input, resource: proposal }) {
    if (!(await insertFlag(tx, { reporterId: actor.id, proposalId: proposal.id, reason: input.reason }))) throw new ActionError(alreadyReported);
    return null;
  },
  successMessage: "Thank you. A moderator will look at this proposal.",
});
