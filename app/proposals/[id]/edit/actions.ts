"use server";

import { revalidatePath } from "next/cache";
import { refreshProposalCounters } from "@/db/queries/proposals/proposal-counters";
import { syncOpenNeeds, updatePhotoAlts, updateProposalContent, withdrawProposal } from "@/db/queries/proposals/proposal-authoring";
import { authorize } from "@/lib/policy";
import { publishSchema, withdrawSchema } from "@/lib/proposals/proposal-validation";
import { ActionError, defineAction } from "../../../_server/action";
import { checkPlacement, contentValues, decideWriting, loadTarget, resolvePlan } from "../../../plans/[slug]/propose/authoring";

// Live proposals that are still open to change; drafts are finished on the propose page.
const editableStatuses = ["published", "shortlisted"] as const;

/** Edits the author's own live proposal while the plan takes ideas; every field is checked as when publishing. */
export const updateProposalAction = defineAction({
  schema: publishSchema,
  policy: ({ db, actor, input }) => {
    if (!input.proposalId) throw new ActionError("That proposal could not be found.");
    return decideWriting(db, actor, input, "whenChanged");
  },
  async run({ tx, actor, input }) {
    const place = await resolvePlan(tx, input);
    const proposalId = place.existing?.id;
    if (!proposalId) throw new ActionError("That proposal could not be found.");
    await checkPlacement(tx, place, input, true);
    const updated = await updateProposalContent(tx, { proposalId, authorId: actor.id, statuses: editableStatuses }, contentValues(input));
    if (!updated) throw new ActionError("This proposal can no longer be edited.");
    if (!(await syncOpenNeeds(tx, proposalId, input.needs))) throw new ActionError("One of the needs listed is not part of this proposal.", "needs");
    await updatePhotoAlts(tx, proposalId, input.photos);
    await refreshProposalCounters(tx, proposalId);
    return { proposalId, planSlug: place.planSlug };
  },
  after: ({ proposalId, planSlug }) => {
    revalidatePath(`/proposals/${proposalId}`);
    revalidatePath(`/plans/${planSlug}`);
  },
  successMessage: "Your changes are saved.",
});

const withdrawRefusals = {
  not_found: "That proposal could not be found.",
  draft: "This is still a draft: delete it from your drafts instead.",
  hidden: "A moderator has hidden this proposal. Contact the council if you want it removed.",
  already_withdrawn: "This proposal has already been withdrawn.",
} as const;

/** The author may withdraw at any time (DESIGN §3); the proposal stays at its address, marked withdrawn. */
export const withdrawProposalAction = defineAction({
  schema: withdrawSchema,
  async policy({ db, actor, input }) {
    const target = await loadTarget(db, input.proposalId);
    return authorize(actor, "proposal.withdraw", { planPhase: target.planPhase, authorId: target.authorId });
  },
  async run({ tx, actor, input }) {
    const outcome = await withdrawProposal(tx, input.proposalId, actor.id);
    if (outcome !== "withdrawn") throw new ActionError(withdrawRefusals[outcome]);
    const target = await loadTarget(tx, input.proposalId);
    return { proposalId: input.proposalId, planSlug: target.planSlug };
  },
  after: ({ proposalId, planSlug }) => {
    revalidatePath(`/proposals/${proposalId}`);
    revalidatePath(`/plans/${planSlug}`);
  },
  successMessage: "Your proposal has been withdrawn. It stays at its address, marked as withdrawn.",
});
