import { z } from "zod";
import { commentStances } from "./stances";

/** How long an author may change what they wrote: long enough to fix a typo, short enough that replies stay meaningful. */
export const commentEditWindowMs = 15 * 60 * 1000;


/** The earliest creation time a comment may have and still be editable at `now`. */
export function editWindowStart(now: Date): Date {
  return new Date(now.getTime() - commentEditWindowMs);
}

export interface EditableComment {
  createdAt: Date;
  deletedAt: Date | null;
  hiddenAt: Date | null;
}

/** Why a comment can no longer be edited, or null when it still can. */
export function editRefusal(comment: EditableComment, now: Date): string | null {
  if (comment.deletedAt) return "This comment has been deleted.";
  if (comment.hiddenAt) return "This comment is hidden by a moderator, so it cannot be edited.";
  if (now.getTime() - comment.createdAt.getTime() > commentEditWindowMs) {
    return "Comments can only be edited for 15 minutes after posting.";
  }
  return null;
}

export function canEditComment(comment: EditableComment, now: Date): boolean {
  return editRefusal(comment, now) === null;
}

export interface ReplyParent {
  proposalId: string;
  parentId: string | null;
  deletedAt: Date | null;
  hiddenAt: Date | null;
}

/** One level of replies: a reply answers a visible top-level comment on the same proposal. */
export function replyRefusal(parent: ReplyParent | null, proposalId: string): string | null {
  if (!parent || parent.proposalId !== proposalId) return "The comment you are replying to was not found.";
  if (parent.parentId !== null) return "Replies cannot be replied to. Reply to the original comment instead.";
  if (parent.deletedAt || parent.hiddenAt) return "That comment is no longer shown, so it cannot be replied to.";
  return null;
}

/**
 * Why someone cannot comment on a proposal now, or null when they can: for the page, which shows the
 * reason instead of the form. The actions decide again through the policy whatever the page showed.
 */
export function commentsClosedReason(actor: { suspended: boolean } | null, planPhase: string, proposalStatus: string): string | null {
  if (!actor) return "Sign in to comment.";
  if (actor.suspended) return "Your account is suspended, so you cannot comment.";
  if (proposalStatus === "withdrawn") return "This proposal has been withdrawn by its author, so its discussion is closed.";
  if (planPhase === "draft") return "The plan is not open for discussion yet.";
  return null;
}

const optionalId = (message: string) => z.preprocess((value) => (value === "" || value === null ? undefined : value), z.uuid(message).optional());

export const commentBodyField = z
  .string()
  .trim()
  .min(1, "Write your comment")
  .max(5000, "Use 5,000 characters or fewer");

export const commentInputSchema = z.object({
  proposalId: z.uuid("That proposal was not found"),
  stance: z.enum(commentStances, "Choose support, concern, question or idea"),
  body: commentBodyField,
  parentId: optionalId("The comment you are replying to was not found"),
  organisationId: optionalId("Choose yourself or one of your organisations"),
});

export const commentTargetSchema = z.object({
  proposalId: z.uuid("That proposal was not found"),
  commentId: z.uuid("That comment was not found"),
});

export const commentEditSchema = commentTargetSchema.extend({
  stance: z.enum(commentStances, "Choose support, concern, question or idea"),
  body: commentBodyField,
});

export const reportReasonField = z
  .string()
  .trim()
  .min(5, "Say in a few words what is wrong (at least 5 characters)")
  .max(500, "Use 500 characters or fewer");

export const commentReportSchema = commentTargetSchema.extend({ reason: reportReasonField });
