"use server";

import { z } from "zod";
import type { Database } from "@/db";
import { addEndorsement, getEndorsementOnProposal, removeEndorsement } from "@/db/queries/coproduction/endorse-proposal";
import { addPartnerOffer, decidePartnerOffer } from "@/db/queries/coproduction/offer-partnership";
import { getOrganisationName } from "@/db/queries/organisations/get-organisation";
import { notifyProposalFollowers } from "@/db/queries/platform/notify-followers";
import { partnerDecisions } from "@/lib/pledges/statuses";
import { authorize, type Decision } from "@/lib/policy";
import { ActionError, defineAction } from "../../_server/action";
import { loadProposal, openInPhase, proposalIdField, refreshProposalPages } from "./actions-shared";

const organisationField = z.uuid("Choose one of your organisations");

/** A plain member's refusal is said next to the organisation they chose, so they know what to change. */
function forOrganisation(decision: Decision): Decision {
  if (!decision.allowed && decision.reason === "not_permitted") {
    throw new ActionError("Only an organisation's admins can act for it. Choose one you administer.", "organisationId");
  }
  return decision;
}

/** The proposal, open and in a phase that takes backing, with the name of the organisation acting (null if none). */
async function loadBacking(tx: Database, input: { proposalId: string; organisationId: string }) {
  const proposal = await loadProposal(tx, input.proposalId, { open: true, lock: openInPhase });
  return { proposal, organisationName: await getOrganisationName(tx, input.organisationId) };
}

// Asked after the policy, so someone outside the organisation hears that first.
function organisationNameOrRefuse(name: string | null): string {
  if (!name) throw new ActionError("Choose one of your organisations", "organisationId");
  return name;
}

/** An organisation's admins back a proposal publicly; once per organisation per proposal. */
export const endorseProposalAction = defineAction({
  schema: z.object({
    proposalId: proposalIdField,
    organisationId: organisationField,
    statement: z.string().trim().max(600, "Keep the statement under 600 characters").default(""),
  }),
  load: (tx, input) => loadBacking(tx, input),
  policy: (actor, { proposal }, input) => forOrganisation(authorize(actor, "endorsement.create", { planPhase: proposal.planPhase, organisationId: input.organisationId })),
  async run({ tx, actor, input, resource: { proposal, organisationName } }) {
    const name = organisationNameOrRefuse(organisationName);
    const added = await addEndorsement(tx, { proposalId: proposal.id, organisationId: input.organisationId, endorsedBy: actor.id, statement: input.statement });
    if (!added) throw new ActionError(`${name} already endorses this proposal.`, "organisationId");
    return { proposalId: proposal.id, name };
  },
  after: ({ proposalId }) => refreshProposalPages(proposalId),
  successMessage: ({ name }) => `${name} now endorses this proposal.`,
});

/** Any admin of the endorsing organisation may take it back, not only the person who gave it. */
export const removeEndorsementAction = defineAction({
  schema: z.object({ proposalId: proposalIdField, endorsementId: z.uuid("That endorsement was not found") }),
  async load(tx, input) {
    const proposal = await loadProposal(tx, input.proposalId, { open: false });
    const endorsement = await getEndorsementOnProposal(tx, input.endorsementId, proposal.id);
    if (!endorsement) throw new ActionError("That endorsement was not found on this proposal.");
    return endorsement;
  },
  policy: (actor, endorsement) => authorize(actor, "endorsement.remove", { organisationId: endorsement.organisationId }),
  async run({ tx, input, resource: endorsement }) {
    // Scoped to the organisation the policy judged: another request may have removed it meanwhile.
    const removed = await removeEndorsement(tx, { endorsementId: endorsement.id, proposalId: input.proposalId, organisationId: endorsement.organisationId });
    if (!removed) throw new ActionError("That endorsement has already been withdrawn.");
    return { proposalId: input.proposalId, name: endorsement.organisationName };
  },
  after: ({ proposalId }) => refreshProposalPages(proposalId),
  successMessage: ({ name }) => `${name} no longer endorses this proposal.`,
});

/** An organisation's admins offer to help deliver it, saying how; the proposal's author decides. */
export const offerPartnershipAction = defineAction({
  schema: z.object({
    proposalId: proposalIdField,
    organisationId: organisationField,
    role: z
      .string("Say what your organisation will do, for example “We will host the sessions”")
      .trim()
      .min(3, "Say what your organisation will do, for example “We will host the sessions”")
      .max(200, "Keep the role under 200 characters"),
  }),
  load: (tx, input) => loadBacking(tx, input),
  policy: (actor, { proposal }, input) => forOrganisation(authorize(actor, "partner.offer", { planPhase: proposal.planPhase, organisationId: input.organisationId })),
  async run({ tx, actor, input, resource: { proposal, organisationName } }) {
    const name = organisationNameOrRefuse(organisationName);
    const added = await addPartnerOffer(tx, { proposalId: proposal.id, organisationId: input.organisationId, role: input.role, offeredBy: actor.id });
    if (!added) throw new ActionError(`${name} has already offered to partner on this proposal.`, "organisationId");
    await notifyProposalFollowers(tx, {
      proposalId: proposal.id,
      kind: "partner.offered",
      title: `${name} offered to help deliver a proposal you follow`,
      body: input.role,
      actorId: actor.id,
    });
    return { proposalId: proposal.id, name };
  },
  after: ({ proposalId }) => refreshProposalPages(proposalId),
  successMessage: ({ name }) => `${name}'s offer has been sent to the proposer.`,
});

/** Only the proposal's author accepts or declines, and only an offer still waiting for an answer. */
export const decidePartnershipAction = defineAction({
  schema: z.object({
    proposalId: proposalIdField,
    partnerId: z.uuid("That offer was not found"),
    decision: z.enum(partnerDecisions, "Accept or decline the offer"),
  }),
  // The proposal is held so it cannot be withdrawn while a partner is being accepted.
  load: (tx, input) => loadProposal(tx, input.proposalId, { open: true, lock: { proposal: "share" } }),
  policy: (actor, proposal) => authorize(actor, "partner.decide", { proposalAuthorId: proposal.authorId }),
  async run({ tx, input, resource: proposal }) {
    const name = await decidePartnerOffer(tx, { partnerId: input.partnerId, proposalId: proposal.id, status: input.decision });
    if (!name) throw new ActionError("That offer has already been answered, or is not on this proposal.");
    return { proposalId: proposal.id, name, decision: input.decision };
  },
  after: ({ proposalId }) => refreshProposalPages(proposalId),
  successMessage: ({ name, decision }) => (decision === "agreed" ? `${name} is now a delivery partner.` : `You declined ${name}'s offer.`),
});
