"use server";

import { revalidatePath } from "next/cache";
import { guardPublishedProposal } from "@/db/queries/moderation/guard-published-proposal";
import { deleteDraft } from "@/db/queries/proposals/delete-draft";
import { publishDraft } from "@/db/queries/proposals/publish-draft";
import { moderationWords } from "@/env";
import { authorize } from "@/lib/policy";
import { draftSchema, proposalIdSchema, publishSchema } from "@/lib/proposals/proposal-validation";
import { ActionError, defineAction } from "../../../_server/action";
import { getStorage } from "../../../_server/storage";
import { checkPlacement, decideWriting, loadTarget, resolvePlan, writeDraft } from "./authoring";

/**
 * Autosave: accepts a half-written idea and keeps it as the author's private draft. It does not
 * revalidate any page: that would re-render the form's page on every pause in typing.
 */
export const saveDraftAction = defineAction({
  schema: draftSchema,
  load: (tx, input) => resolvePlan(tx, input),
  policy: (actor, place, input) => decideWriting(actor, place, input, "always"),
  async run({ tx, actor, input, resource: place }) {
    await checkPlacement(tx, place, input, false);
    const proposalId = await writeDraft(tx, actor.id, place, input);
    return { proposalId, savedAt: new Date().toISOString() };
  },
});

/** Saves the draft as written and publishes it, only if every field is complete and the point is in its area. */
export const publishProposalAction = defineAction({
  schema: publishSchema,
  load: (tx, input) => resolvePlan(tx, input),
  policy: (actor, place, input) => decideWriting(actor, place, input, "always"),
  async run({ tx, actor, input, resource: place }) {
    await checkPlacement(tx, place, input, true);
    const proposalId = await writeDraft(tx, actor.id, place, input);
    if (!(await publishDraft(tx, proposalId, actor.id))) throw new ActionError("This idea has already been published.");
    // Pre-moderated plans, the word list and link limit hold an idea for a moderator; a flood is refused.
    const guard = await guardPublishedProposal(tx, { id: proposalId, authorId: actor.id }, moderationWords());
    if (guard.outcome === "rate_limited") throw new ActionError(guard.message);
    return { proposalId, planSlug: place.planSlug, held: guard.outcome === "held" };
  },
  after: ({ proposalId, planSlug }) => {
    revalidatePath(`/plans/${planSlug}`);
    revalidatePath(`/proposals/${proposalId}`);
    revalidatePath("/drafts");
  },
  successMessage: ({ held }) => (held ? "Thank you. Your idea is waiting for a moderator to check it before it appears." : "Your idea is published."),
});

/** Deleting is for drafts only; anything published is withdrawn instead, so its record stays. */
export const deleteDraftAction = defineAction({
  schema: proposalIdSchema,
  load: (tx, input) => loadTarget(tx, input.proposalId),
  policy: (actor, target) => authorize(actor, "proposal.withdraw", { planPhase: target.planPhase, authorId: target.authorId }),
  async run({ tx, actor, resource: target }) {
    const photoKeys = await deleteDraft(tx, target.id, actor.id);
    if (!photoKeys) throw new ActionError("That draft could not be found: it may have been published or deleted already.");
    return { proposalId: target.id, photoKeys };
  },
  async after({ photoKeys }) {
    // Files go only after the rows are gone for good; a failure here leaves an unreachable file, not a broken page.
    const storage = getStorage();
    await Promise.all(photoKeys.map((key) => storage.delete(key).catch((error: unknown) => console.error("could not delete photo", key, error))));
    revalidatePath("/drafts");
  },
  successMessage: "Your draft has been deleted.",
});
