"use server";

import { z } from "zod";
import {
  addFollow,
  getNeedOnProposal,
  getOrganisationName,
  getPledgeOnProposal,
  insertPledge,
  lockProposal,
  movePledge,
  refreshNeedStatus,
} from "@/db/queries/coproduction/coproduction";
import { notifyProposalFollowers } from "@/db/queries/platform/notifications";
import { refreshProposalCounters } from "@/db/queries/proposals/proposal-counters";
import { pledgeKindLabels } from "@/lib/labels";
import { describePledge, formatQuantity, pledgeInputSchema, pledgerDisplayName, transitionRefusal, type PledgeTransition } from "@/lib/pledges/pledges";
import { authorize, type Action } from "@/lib/policy";
import { ActionError, defineAction } from "../../_server/action";
import { proposalIdField, refreshProposalPages, requireProposal } from "./actions-shared";

/**
 * Anyone signed in pledges as themselves; pledging for an organisation takes an admin of it
 * (a plain member may speak in discussions, not commit the organisation's resources).
 */
export const createPledgeAction = defineAction({
  schema: pledgeInputSchema,
  async policy({ actor, input, db }) {
    const proposal = await requireProposal(db, input.proposalId, { open: true });
    if (!input.organisationId) return authorize(actor, "pledge.create", { planPhase: proposal.planPhase });
    const decision = authorize(actor, "pledge.createForOrganisation", { planPhase: proposal.planPhase, organisationId: input.organisationId });
    if (!decision.allowed && decision.reason === "not_permitted") {
      throw new ActionError("Only an organisation's admins can pledge for it. Pledge as yourself, or ask an admin.", "organisationId");
    }
    return decision;
  },
  async run({ tx, actor, input }) {
    const proposal = await lockProposal(tx, input.proposalId);
    if (!proposal) throw new ActionError("That proposal was not found.");
    if (input.needId) {
      const need = await getNeedOnProposal(tx, input.needId, input.proposalId);
      if (!need) throw new ActionError("Choose one of this proposal's open needs", "needId");
      if (need.status !== "open") throw new ActionError("That need has already been met. Choose another need, or none.", "needId");
      if (need.kind !== input.kind) {
        throw new ActionError(`That need asks for ${pledgeKindLabels[need.kind].toLowerCase()}. Pledge that kind, or choose no need.`, "needId");
      }
    }
    const organisationName = input.organisationId ? await getOrganisationName(tx, input.organisationId) : null;
    if (input.organisationId && !organisationName) throw new ActionError("Choose yourself or one of your organisations", "organisationId");

    await insertPledge(tx, {
      proposalId: input.proposalId,
      pledgerId: actor.id,
      organisationId: input.organisationId,
      needId: input.needId,
      kind: input.kind,
      quantity: input.quantity,
      unit: input.unit,
      description: input.description,
    });
    // Pledgers follow what they pledged to, so they hear when the proposer confirms it.
    await addFollow(tx, input.proposalId, actor.id);
    await refreshProposalCounters(tx, input.proposalId);
    const from = pledgerDisplayName({ organisationName, pledgerName: actor.name });
    await notifyProposalFollowers(tx, {
      proposalId: input.proposalId,
      kind: "pledge.offered",
      title: `${from} pledged ${formatQuantity(input.quantity, input.unit)} to “${proposal.title}”`,
      body: input.description,
      actorId: actor.id,
    });
    return { proposalId: input.proposalId };
  },
  after: ({ proposalId }) => refreshProposalPages(proposalId),
  successMessage: "Thank you. Your pledge is on the ledger; the proposer will confirm it. You now follow this proposal.",
});

const pledgeTarget = z.object({
  proposalId: proposalIdField,
  pledgeId: z.uuid("That pledge was not found"),
});

/**
 * One step of a pledge's lifecycle. Who may take it comes from the permission table, with the pledge
 * loaded only through the proposal named in the form; the update repeats both conditions in its
 * `where` (this pledge, this proposal, a status the step may start from), so a stale or forged post
 * changes nothing.
 */
function definePledgeStep(to: PledgeTransition, permission: Action & `pledge.${string}`, successMessage: string) {
  return defineAction({
    schema: pledgeTarget,
    async policy({ actor, input, db }) {
      await requireProposal(db, input.proposalId, { open: to === "confirmed" });
      const pledge = await getPledgeOnProposal(db, input.pledgeId, input.proposalId);
      if (!pledge) throw new ActionError("That pledge was not found on this proposal.");
      return authorize(actor, permission, { pledgerId: pledge.pledgerId, organisationId: pledge.organisationId, proposalAuthorId: pledge.proposalAuthorId });
    },
    async run({ tx, actor, input }) {
      const proposal = await lockProposal(tx, input.proposalId);
      const moved = await movePledge(tx, { pledgeId: input.pledgeId, proposalId: input.proposalId, to });
      const pledge = await getPledgeOnProposal(tx, input.pledgeId, input.proposalId);
      if (!proposal || !pledge) throw new ActionError("That pledge was not found on this proposal.");
      if (!moved) throw new ActionError(transitionRefusal(pledge.status, to));
      if (moved.needId) await refreshNeedStatus(tx, moved.needId);
      await refreshProposalCounters(tx, input.proposalId);
      if (to === "confirmed") {
        await notifyProposalFollowers(tx, {
          proposalId: input.proposalId,
          kind: "pledge.confirmed",
          title: `The proposer of “${proposal.title}” confirmed ${describePledge(pledge)}`,
          actorId: actor.id,
        });
      }
      return { proposalId: input.proposalId };
    },
    after: ({ proposalId }) => refreshProposalPages(proposalId),
    successMessage,
  });
}

/** The proposal's author accepts an offer: it counts as confirmed on the ledger and meets the need it answers. */
export const confirmPledgeAction = definePledgeStep("confirmed", "pledge.decide", "Pledge confirmed. Everyone following the proposal has been told.");

export const declinePledgeAction = definePledgeStep("declined", "pledge.decide", "Pledge declined. It no longer counts on the ledger.");

/** The pledger, or an admin of the organisation that pledged, says it has happened. */
export const markPledgeDeliveredAction = definePledgeStep("delivered", "pledge.markDelivered", "Marked as delivered. Thank you.");

/** Either side may back out before delivery; after delivery the ledger's history stands. */
export const withdrawPledgeAction = definePledgeStep("withdrawn", "pledge.withdraw", "Pledge withdrawn. It no longer counts on the ledger.");
