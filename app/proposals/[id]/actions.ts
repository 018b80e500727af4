"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addFollow, addSupport, lockProposal, removeFollow, removeSupport } from "@/db/queries/coproduction/coproduction";
import { refreshProposalCounters } from "@/db/queries/proposals/proposal-counters";
import { authorize } from "@/lib/policy";
import { defineAction } from "../../_server/action";
import { proposalIdField, refreshProposalPages, requireProposal } from "./actions-shared";

// Pledges, endorsements and partner offers live beside this file: actions-pledges.ts, actions-backing.ts.

const proposalTarget = z.object({ proposalId: proposalIdField });

/**
 * One support per person per proposal, in the ideas phase only. The unique index decides, never a
 * select first, so a double click or ten racing requests leave one row and a count of one.
 */
export const supportProposalAction = defineAction({
  schema: proposalTarget,
  async policy({ actor, input, db }) {
    const proposal = await requireProposal(db, input.proposalId, { open: true });
    return authorize(actor, "proposal.support", { planPhase: proposal.planPhase });
  },
  async run({ tx, actor, input }) {
    await lockProposal(tx, input.proposalId);
    const added = await addSupport(tx, input.proposalId, actor.id);
    if (added) await refreshProposalCounters(tx, input.proposalId);
    return { proposalId: input.proposalId, added };
  },
  after: ({ proposalId }) => refreshProposalPages(proposalId),
  successMessage: ({ added }) => (added ? "Thank you: you support this idea." : "You already support this."),
});

/** Only ever the person's own support; while the ideas phase lasts, since shortlisting counts it then. */
export const unsupportProposalAction = defineAction({
  schema: proposalTarget,
  async policy({ actor, input, db }) {
    const proposal = await requireProposal(db, input.proposalId, { open: false });
    return authorize(actor, "proposal.support", { planPhase: proposal.planPhase });
  },
  async run({ tx, actor, input }) {
    await lockProposal(tx, input.proposalId);
    const removed = await removeSupport(tx, input.proposalId, actor.id);
    if (removed) await refreshProposalCounters(tx, input.proposalId);
    return { proposalId: input.proposalId, removed };
  },
  after: ({ proposalId }) => refreshProposalPages(proposalId),
  successMessage: ({ removed }) => (removed ? "Your support has been removed." : "You were not supporting this."),
});

export const followProposalAction = defineAction({
  schema: proposalTarget,
  async policy({ actor, input, db }) {
    await requireProposal(db, input.proposalId, { open: true });
    return authorize(actor, "proposal.follow");
  },
  async run({ tx, actor, input }) {
    const added = await addFollow(tx, input.proposalId, actor.id);
    return { proposalId: input.proposalId, added };
  },
  // Following changes no counter, so only the proposal page needs refreshing.
  after: ({ proposalId }) => revalidatePath(`/proposals/${proposalId}`),
  successMessage: ({ added }) => (added ? "You now follow this proposal. We will tell you about pledges, comments and decisions." : "You already follow this."),
});

export const unfollowProposalAction = defineAction({
  schema: proposalTarget,
  async policy({ actor, input, db }) {
    await requireProposal(db, input.proposalId, { open: false });
    return authorize(actor, "proposal.follow");
  },
  async run({ tx, actor, input }) {
    await removeFollow(tx, input.proposalId, actor.id);
    return { proposalId: input.proposalId };
  },
  after: ({ proposalId }) => revalidatePath(`/proposals/${proposalId}`),
  successMessage: "You no longer follow this proposal.",
});
