"use server";

import { z } from "zod";
import { addFollow } from "@/db/queries/proposals/follow-proposal";
import { getNeedOnProposal } from "@/db/queries/needs/get-need";
import { getOrganisationName } from "@/db/queries/organisations/get-organisation";
import { getPledgeOnProposal } from "@/db/queries/pledges/get-pledge";
import { insertPledge } from "@/db/queries/pledges/create-pledge";
import { movePledge } from "@/db/queries/pledges/move-pledge";
import { refreshNeedStatus } from "@/db/queries/needs/refresh-need-status";
import { notifyProposalFollowers } from "@/db/queries/platform/notify-followers";
import { refreshProposalCounters } from "@/db/queries/proposals/refresh-proposal-counters";
import { pledgeKindLabels } from "@/lib/pledges/kinds";
import { describePledge, formatQuantity, pledgerDisplayName } from "@/lib/pledges/describe-pledge";
import { pledgeInputSchema } from "@/lib/pledges/pledge-validation";
import { transitionRefusal, type PledgeTransition } from "@/lib/pledges/lifecycle";
import { authorize, type Action } from "@/lib/policy";
import { ActionError, defineAction } from "../../_server/action";
import { countersInPhase, loadProposal, proposalIdField, refreshProposalPages } from "./actions-shared";

/**
 * Anyone signed in pledges as themselves; pledging for an organisation takes an admin of it
 * (a plain member may speak in discussions, not commit the organisation's resources).
 */
export const createPledgeAction = defineAction({
  schema: pledgeInputSchema,
  async load(tx, input) {
    // The proposal is held first, so the need read below cannot be met by a pledge confirmed meanwhile.
    const proposal = await loadProposal(tx, input.proposalId, { open: true, lock: countersInPhase });
    const need = input.needId ? await getNeedOnProposal(tx, input.needId, proposal.id) : null;
    const organisationName = input.organisationId ? await getOrganisationName(tx, input.organisationId) : null;
    return { proposal, need, organisationName };
  },
  policy(actor, { proposal }, input) {
    if (!input.organisationId) return authorize(actor, "pledge.create", { planPhase: proposal.planPhase });
    const decision = authorize(actor, "pledge.createForOrganisation", { planPhase: proposal.planPhase, organisationId: input.organisationId });
    if (!decision.allowed && decision.reason === "not_permitted") {
      throw new ActionError("Only an organisation's admins can pledge for it. Pledge as yourself, or ask an admin.", "organisationId");
    }
    return decision;
  },
  async run({ tx, actor, input, resource: { proposal, need, organisationName } }) {
    if (input.needId) {
      if (!need) throw new ActionError("Choose one of this proposal's open needs", "needId");
      if (need.status !== "open") throw new ActionError("That need has already been met. Choose another need, or none.", "needId");
      if (need.kind !== input.kind) {
        throw new ActionError(`That need asks for ${pledgeKindLabels[need.kind].toLowerCase()}. Pledge that kind, or choose no need.`, "needId");
      }
    }
    if (input.organisationId && !organisationName) throw new ActionError("Choose yourself or one of your organisations", "organisationId");

    await insertPledge(tx, {
      proposalId: proposal.id,
      pledgerId: actor.id,
      organisationId: input.organisationId,
      needId: input.needId,
      kind: input.kind,
      quantity: input.quantity,
      unit: input.unit,
      description: input.description,
    });
    // Pledgers follow what they pledged to, so they hear when the proposer confirms it.
    await addFollow(tx, proposal.id, actor.id);
    await refreshProposalCounters(tx, proposal.id);
    const from = pledgerDisplayName({ organisationName, pledgerName: actor.name });
    await notifyProposalFollowers(tx, {
      proposalId: proposal.id,
      kind: "pledge.offered",
      title: `${from} pledged ${formatQuantity(input.quantity, input.unit)} to “${proposal.title}”`,
      body: input.description,
      actorId: actor.id,
    });
    return { proposalId: proposal.id };
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
    async load(tx, input) {
      // Every pledge step holds the proposal first, so steps on its pledges happen one after another.
      const proposal = await loadProposal(tx, input.proposalId, { open: to === "confirmed", lock: { proposal: "no key update" } });
      const pledge = await getPledgeOnProposal(tx, input.pledgeId, proposal.id);
      if (!pledge) throw new ActionError("That pledge was not found on this proposal.");
      return { proposal, pledge };
    },
    policy: (actor, { pledge }) => authorize(actor, permission, { pledgerId: pledge.pledgerId, organisationId: pledge.organisationId, proposalAuthorId: pledge.proposalAuthorId }),
    async run({ tx, actor, resource: { proposal, pledge } }) {
      const moved = await movePledge(tx, { pledgeId: pledge.id, proposalId: proposal.id, to });
      if (!moved) throw new ActionError(transitionRefusal(pledge.status, to));
      if (moved.needId) await refreshNeedStatus(tx, moved.needId);
      await refreshProposalCounters(tx, proposal.id);
      if (to === "confirmed") {
        await notifyProposalFollowers(tx, {
          proposalId: proposal.id,
          kind: "pledge.confirmed",
          title: `The proposer of “${proposal.title}” confirmed ${describePledge(pledge)}`,
          actorId: actor.id,
        });
      }
      return { proposalId: proposal.id };
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
