"use server";

import { revalidatePath } from "next/cache";
import { refreshProposalCounters } from "@/db/queries/proposals/refresh-proposal-counters";
import { syncOpenNeeds } from "@/db/queries/needs/save-proposal-needs";
import { updatePhotoAlts } from "@/db/queries/proposals/manage-proposal-photos";
import { updateProposalContent } from "@/db/queries/proposals/edit-proposal";
import { lockProposalRows } from "@/db/queries/proposals/lock-proposal-rows";
import { withdrawProposal } from "@/db/queries/proposals/withdraw-proposal";
import { checkProposalChange } from "@/lib/plans/ballot-freeze";
import { authorize } from "@/lib/policy";
import { publishSchema, withdrawSchema } from "@/lib/proposals/proposal-validation";
import { ActionError, defineAction } from "../../../_server/action";
import { refuseWhenFrozen } from "../../../_server/refuse-when-frozen";
import { checkPlacement, contentValues, decideWriting, loadTarget, resolvePlan } from "../../../plans/[slug]/propose/authoring";

// Live proposals that are still open to change; drafts are finished on the propose page.
const editableStatuses = ["published", "shortlisted"] as const;

/** Edits the author's own live proposal while the plan takes ideas; every field is checked as when publishing. */
export const updateProposalAction = defineAction({
  schema: publishSchema,
  async load(tx, input) {
    if (!input.proposalId) throw new ActionError("That proposal could not be found.");
    // The plan's phase gates the edit and the proposal's content and needs change: hold both until written.
    await lockProposalRows(tx, input.proposalId, { plan: "share", proposal: "no key update" });
    const place = await resolvePlan(tx, input);
    if (place.existing) refuseWhenFrozen(checkProposalChange("edit", place.planPhase, place.existing.status));
    return place;
  },
  policy: (actor, place, input) => decideWriting(actor, place, input, "whenChanged"),
  async run({ tx, actor, input, resource: place }) {
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

/** The author may withdraw at any time (docs/DESIGN.md §3); the proposal stays at its address, marked withdrawn. */
export const withdrawProposalAction = defineAction({
  schema: withdrawSchema,
  async load(tx, input) {
    // The plan is held too: a proposal on a frozen ballot must stay there until the phase moves on.
    await lockProposalRows(tx, input.proposalId, { plan: "share", proposal: "no key update" });
    const target = await loadTarget(tx, input.proposalId);
    refuseWhenFrozen(checkProposalChange("withdraw", target.planPhase, target.status));
    return target;
  },
  policy: (actor, target) => authorize(actor, "proposal.withdraw", { planPhase: target.planPhase, authorId: target.authorId }),
  async run({ tx, actor, resource: target }) {
    const outcome = await withdrawProposal(tx, target.id, actor.id);
    if (outcome !== "withdrawn") throw new ActionError(withdrawRefusals[outcome]);
    return { proposalId: target.id, planSlug: target.planSlug };
  },
  after: ({ proposalId, planSlug }) => {
    revalidatePath(`/proposals/${proposalId}`);
    revalidatePath(`/plans/${planSlug}`);
  },
  successMessage: "Your proposal has been withdrawn. It stays at its address, marked as withdrawn.",
});
