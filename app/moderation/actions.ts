"use server";

import { revalidatePath } from "next/cache";
import { dismissReports } from "@/db/queries/moderation/dismiss-reports";
import { hideContent } from "@/db/queries/moderation/hide-content";
import { mergeProposals } from "@/db/queries/moderation/merge-proposals";
import { restoreContent } from "@/db/queries/moderation/restore-content";
import { hideProposalText } from "@/db/queries/moderation/hide-proposal-text";
import { lockProposalStanding } from "@/db/queries/moderation/lock-proposal-standing";
import { type Moderation, type ModerationOutcome } from "@/db/queries/moderation/record-moderation";
import type { Database } from "@/db";
import { mergeSchema, moderationSelectionSchema, type ModerationTarget } from "@/lib/moderation/moderation-rules";
import { checkProposalChange } from "@/lib/plans/ballot-freeze";
import { authorize, type Action } from "@/lib/policy";
import { z } from "zod";
import { ActionError, defineAction } from "../_server/action";
import { refuseWhenFrozen } from "../_server/refuse-when-frozen";

type Step = (tx: Database, target: ModerationTarget, m: Moderation) => Promise<ModerationOutcome>;

function refreshAfterModeration(proposalIds: readonly string[]) {
  revalidatePath("/moderation");
  for (const id of new Set(proposalIds)) revalidatePath(`/proposals/${id}`);
  revalidatePath("/plans/[slug]", "page");
  revalidatePath("/neighbourhoods/[id]", "page");
}

const items = (count: number) => (count === 1 ? "1 item" : `${count} items`);

/** Takes the step on every selected item, or throws so that nothing changes. */
async function runSelection(tx: Database, targets: readonly ModerationTarget[], step: Step, m: Moderation, refusal: string) {
  const proposalIds: string[] = [];
  for (const target of targets) {
    const outcome = await step(tx, target, m);
    if (!outcome) throw new ActionError(`Nothing was changed: ${refusal} Reload the queue and try again.`);
    proposalIds.push(outcome.proposalId);
  }
  return { count: targets.length, proposalIds };
}

/**
 * One moderation step over a selection (one item or many), with one reason, in one transaction:
 * if any item cannot take the step nothing changes, and the moderator is told so.
 */
function defineSelectionAction(permission: Action & `moderation.${string}`, step: Step, refusal: string, success: (count: number) => string) {
  return defineAction({
    schema: moderationSelectionSchema,
    load: async () => null,
    policy: (actor) => authorize(actor, permission),
    run: ({ tx, actor, input }) => runSelection(tx, input.items, step, { moderatorId: actor.id, reason: input.reason }, refusal),
    after: ({ proposalIds }) => refreshAfterModeration(proposalIds),
    successMessage: ({ count }) => success(count),
  });
}

const hideSchema = moderationSelectionSchema.extend({
  // "Take the text out of view but keep it on the ballot": the one change a frozen ballot allows (issue 13).
  keepOnBallot: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()),
});

const hideProposalTextOrComment: Step = (tx, target, m) => (target.kind === "proposal" ? hideProposalText(tx, target, m) : hideContent(tx, target, m));

/**
 * Hides the selection. A proposal on a frozen ballot cannot be hidden, since that takes it out of the
 * count; a moderator who must take its text out of view keeps it on the ballot instead.
 */
export const hideContentAction = defineAction({
  schema: hideSchema,
  async load(tx, input) {
    const standing = await lockProposalStanding(tx, input.items.filter((item) => item.kind === "proposal").map((item) => item.id));
    if (!input.keepOnBallot) for (const proposal of standing) refuseWhenFrozen(checkProposalChange("hide", proposal.planPhase, proposal.status));
    return null;
  },
  policy: (actor) => authorize(actor, "moderation.hide"),
  run: ({ tx, actor, input }) =>
    input.keepOnBallot
      ? runSelection(tx, input.items, hideProposalTextOrComment, { moderatorId: actor.id, reason: input.reason }, "text can be taken out of view only on a proposal that is on the ballot and not already out of view.")
      : runSelection(tx, input.items, hideContent, { moderatorId: actor.id, reason: input.reason }, "one of the selected items is already hidden or was deleted."),
  after: ({ proposalIds }) => refreshAfterModeration(proposalIds),
  successMessage: ({ count }) => `${items(count)} hidden. The authors have been told the reason.`,
});

export const restoreContentAction = defineSelectionAction(
  "moderation.restore",
  restoreContent,
  "one of the selected items is not hidden, or is a merged duplicate.",
  (count) => `${items(count)} restored. The authors have been told.`,
);

// Dismissing reports decides them, as hiding does: it takes the same permission, not merely a view of the queue.
export const dismissReportsAction = defineSelectionAction(
  "moderation.hide",
  dismissReports,
  "one of the selected items has no open reports.",
  (count) => `Reports on ${items(count)} dismissed.`,
);

export const mergeProposalAction = defineAction({
  schema: mergeSchema,
  async load(tx, input) {
    const standing = await lockProposalStanding(tx, [input.duplicateId, input.targetId]);
    for (const proposal of standing) refuseWhenFrozen(checkProposalChange("merge", proposal.planPhase, proposal.status), "targetId");
    return null;
  },
  policy: (actor) => authorize(actor, "moderation.merge"),
  async run({ tx, actor, input }) {
    const result = await mergeProposals(tx, { duplicateId: input.duplicateId, targetId: input.targetId }, { moderatorId: actor.id, reason: input.reason });
    if (!result.ok) throw new ActionError(result.reason, "targetId");
    return { ...result.moved, proposalIds: [input.duplicateId, input.targetId] };
  },
  after: ({ proposalIds }) => refreshAfterModeration(proposalIds),
  successMessage: (moved) =>
    `Merged. Moved ${moved.supports} supports, ${moved.follows} followers, ${moved.pledges} pledges and ${moved.comments} comments; both authors have been told.`,
});
