"use server";

import { z } from "zod";
import type { Database } from "@/db";
import {
  addEndorsement,
  addPartnerOffer,
  decidePartnerOffer,
  getEndorsementOnProposal,
  getOrganisationName,
  removeEndorsement,
} from "@/db/queries/coproduction/coproduction";
import { notifyProposalFollowers } from "@/db/queries/platform/notifications";
import { authorize, type Decision } from "@/lib/policy";
import { ActionError, defineAction } from "../../_server/action";
import { proposalIdField, refreshProposalPages, requireProposal } from "./actions-shared";

const organisationField = z.uuid("Choose one of your organisations");

/** A plain member's refusal is said next to the organisation they chose, so they know what to change. */
function forOrganisation(decision: Decision): Decision {
  if (!decision.allowed && decision.reason === "not_permitted") {
    throw new ActionError("Only an organisation's admins can act for it. Choose one you administer.", "organisationId");
  }
  return decision;
}

async function organisationNameOrRefuse(tx: Database, organisationId: string): Promise<string> {
  const name = await getOrganisationName(tx, organisationId);
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
  async policy({ actor, input, db }) {
    const proposal = await requireProposal(db, input.proposalId, { open: true });
    return forOrganisation(authorize(actor, "endorsement.create", { planPhase: proposal.planPhase, organisationId: input.organisationId }));
  },
  async run({ tx, actor, input }) {
    const name = await organisationNameOrRefuse(tx, input.organisationId);
    const added = await addEndorsement(tx, { proposalId: input.proposalId, organisationId: input.organisationId, endorsedBy: actor.id, statement: input.statement });
    if (!added) throw new ActionError(`${name} already endorses this proposal.`, "organisationId");
    return { proposalId: input.proposalId, name };
  },
  after: ({ proposalId }) => refreshProposalPages(proposalId),
  successMessage: ({ name }) => `${name} now endorses this proposal.`,
});

/** Any admin of the endorsing organisation may take it back, not only the person who gave it. */
export const removeEndorsementAction = defineAction({
  schema: z.object({ proposalId: proposalIdField, endorsementId: z.uuid("That endorsement was not found") }),
  async policy({ actor, input, db }) {
    await requireProposal(db, input.proposalId, { open: false });
    const endorsement = await getEndorsementOnProposal(db, input.endorsementId, input.proposalId);
    if (!endorsement) throw new ActionError("That endorsement was not found on this proposal.");
    return authorize(actor, "endorsement.remove", { organisationId: endorsement.organisationId });
  },
  async run({ tx, input }) {
    const endorsement = await getEndorsementOnProposal(tx, input.endorsementId, input.proposalId);
    const removed = endorsement && (await removeEndorsement(tx, { endorsementId: input.endorsementId, proposalId: input.proposalId, organisationId: endorsement.organisationId }));
    if (!endorsement || !removed) throw new ActionError("That endorsement has already been withdrawn.");
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
  async policy({ actor, input, db }) {
    const proposal = await requireProposal(db, input.proposalId, { open: true });
    return forOrganisation(authorize(actor, "partner.offer", { planPhase: proposal.planPhase, organisationId: input.organisationId }));
  },
  async run({ tx, actor, input }) {
    const name = await organisationNameOrRefuse(tx, input.organisationId);
    const added = await addPartnerOffer(tx, { proposalId: input.proposalId, organisationId: input.organisationId, role: input.role, offeredBy: actor.id });
    if (!added) throw new ActionError(`${name} has already offered to partner on this proposal.`, "organisationId");
    await notifyProposalFollowers(tx, {
      proposalId: input.proposalId,
      kind: "partner.offered",
      title: `${name} offered to help deliver a proposal you follow`,
      body: input.role,
      actorId: actor.id,
    });
    return { proposalId: input.proposalId, name };
  },
  after: ({ proposalId }) => refreshProposalPages(proposalId),
  successMessage: ({ name }) => `${name}'s offer has been sent to the proposer.`,
});

/** Only the proposal's author accepts or declines, and only an offer still waiting for an answer. */
export const decidePartnershipAction = defineAction({
  schema: z.object({
    proposalId: proposalIdField,
    partnerId: z.uuid("That offer was not found"),
    decision: z.enum(["agreed", "declined"], "Accept or decline the offer"),
  }),
  async policy({ actor, input, db }) {
    const proposal = await requireProposal(db, input.proposalId, { open: true });
    return authorize(actor, "partner.decide", { proposalAuthorId: proposal.authorId });
  },
  async run({ tx, input }) {
    const name = await decidePartnerOffer(tx, { partnerId: input.partnerId, proposalId: input.proposalId, status: input.decision });
    if (!name) throw new ActionError("That offer has already been answered, or is not on this proposal.");
    return { proposalId: input.proposalId, name, decision: input.decision };
  },
  after: ({ proposalId }) => refreshProposalPages(proposalId),
  successMessage: ({ name, decision }) => (decision === "agreed" ? `${name} is now a delivery partner.` : `You declined ${name}'s offer.`),
});
