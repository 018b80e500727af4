import { z } from "zod";
import { formArray } from "../shared/form";

/** The prefix of a hidden reason set by the spam guards, not a moderator: such content waits in the queue. */
export const heldReasonPrefix = "Held for review: ";

/** A proposal published in a plan with pre-moderation waits, hidden, with this reason until a moderator acts. */
export const awaitingModerationReason = "Awaiting moderation";

export const maxLinks = 2;

export interface RateRule {
  scope: string;
  limit: number;
  windowMs: number;
  /** What the person reads when refused. */
  message: string;
}

export const commentRateRule: RateRule = {
  scope: "comment.create",
  limit: 10,
  windowMs: 10 * 60 * 1000,
  message: "You have posted a lot of comments in the last few minutes. Please wait a little before posting again.",
};

export const proposalRateRule: RateRule = {
  scope: "proposal.publish",
  limit: 5,
  windowMs: 24 * 60 * 60 * 1000,
  message: "You have published 5 ideas today, which is the daily limit. Please publish this one tomorrow.",
};

export function rateLimitExceeded(rule: RateRule, count: number): boolean {
  return count > rule.limit;
}

/** MODERATION_WORDS is comma-separated; blanks are ignored, case does not matter. No words by default. */
export function parseWordList(raw: string | undefined): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(",").map((word) => word.trim().toLowerCase()).filter(Boolean))];
}

const linkPattern = /\b(?:https?:\/\/|www\.)\S+/gi;

export function countLinks(text: string): number {
  return text.match(linkPattern)?.length ?? 0;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Listed words found in the text as whole words (so "class" does not match "ass"). */
export function listedWordsIn(text: string, words: readonly string[]): string[] {
  const lower = text.toLowerCase();
  return words.filter((word) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "u").test(lower));
}

export type Screening = { held: false } | { held: true; reason: string };

/**
 * Whether content goes to the moderation queue instead of being published. The reason names the
 * rule, not the word, so the author is not shown the list.
 */
export function screenContent(text: string, options: { words: readonly string[]; maxLinks?: number }): Screening {
  const reasons: string[] = [];
  if (listedWordsIn(text, options.words).length > 0) reasons.push("it contains words on the moderation list");
  const limit = options.maxLinks ?? maxLinks;
  if (countLinks(text) > limit) reasons.push(`it has more than ${limit} links`);
  return reasons.length ? { held: true, reason: `${heldReasonPrefix}${reasons.join(" and ")}` } : { held: false };
}

export function isHeldReason(reason: string | null | undefined): boolean {
  return reason?.startsWith(heldReasonPrefix) ?? false;
}

/** Something in the queue, as a checkbox value: "comment:<id>" or "proposal:<id>". */
export type ModerationTarget = { kind: "comment" | "proposal"; id: string };

export function encodeTarget(target: ModerationTarget): string {
  return `${target.kind}:${target.id}`;
}

const targetField = z.string().transform((value, ctx): ModerationTarget => {
  const [kind, id, ...rest] = value.split(":");
  if ((kind === "comment" || kind === "proposal") && id && rest.length === 0 && z.uuid().safeParse(id).success) return { kind, id };
  ctx.addIssue({ code: "custom", message: "Choose items from the queue" });
  return z.NEVER;
});

export const moderationReasonField = z
  .string()
  .trim()
  .min(5, "Give a reason of at least 5 characters: the author will see it")
  .max(500, "Use 500 characters or fewer");

export const moderationSelectionSchema = z.object({
  items: formArray(targetField, 100).pipe(z.array(z.custom<ModerationTarget>()).min(1, "Select at least one item")),
  reason: moderationReasonField,
});

export const mergeSchema = z
  .object({
    duplicateId: z.uuid("Choose the duplicate proposal"),
    targetId: z.uuid("Choose the proposal to merge it into"),
    reason: moderationReasonField,
  })
  .refine((value) => value.duplicateId !== value.targetId, { message: "A proposal cannot be merged into itself", path: ["targetId"] });
