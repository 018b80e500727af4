"use server";

import { revalidatePath } from "next/cache";
import { dismissReports } from "@/db/queries/moderation/dismiss-reports";
import { hideContent } from "@/db/queries/moderation/hide-content";
import { mergeProposals } from "@/db/queries/moderation/merge-proposals";
import { restoreContent } from "@/db/queries/moderation/restore-content";
import { type ModerationOutcome } from "@/db/queries/moderation/record-moderation";
import type { Database } from "@/db";
import { mergeSchema, moderationSelectionSchema, type ModerationTarget } from "@/lib/moderation/moderation-rules";
import { authorize, type Action } from "@/lib/policy";
import { ActionError, defineAction } from "../_server/action";

type Step = (tx: Database, target: ModerationTarget, m: { moderatorId: string; reason: string }) => Promise<ModerationOutcome>;

function refreshAfterModeration(proposalIds: readonly string[]) {
  revalidatePath("/moderation");
  for (const id of new Set(proposalIds)) revalidatePath(`/proposals/${id}`);
  revalidatePath("/plans/[slug]", "page");
  revalidatePath("/neighbourhoods/[id]", "page");
}

const items = (count: number) => (count === 1 ? "1 item" : `${count} items`);

/**
 * One moderation step over a selection (one item or many), with one reason, in one transaction:
 * if any item cannot take the step nothing changes, and the moderator is told so.
 */
function defineSelectionAction(permission: Action & `moderation.${string}`, step: Step, refusal: string, success: (count: number) => string) {
  return defineAction({
    schema: moderationSelectionSchema,
    load: async () => null,
    policy: (actor) => authorize(actor, permission),
    async run({ tx, actor, input }) {
      const proposalIds: string[] = [];
      for (const target of input.items) {
        const outcome = await step(tx, target, { moderatorId: actor.id, reason: input.reason });
        if (!outcome) throw new ActionError(`Nothing was changed: ${refusal} Reload the queue and try again.`);
        proposalIds.push(outcome.proposalId);
      }
      return { count: input.items.length, proposalIds };
    },
    after: ({ proposalIds }) => refreshAfterModeration(proposalIds),
    successMessage: ({ count }) => success(count),
  });
}

export const hideContentAction = defineSelectionAction(
  "moderation.hide",
  hideContent,
  "one of the selected items is already hidden or was deleted.",
  (count) => `${items(count)} hidden. The authors have been told the reason.`,
);

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
  load: async () => null,
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
