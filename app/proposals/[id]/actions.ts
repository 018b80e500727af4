"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addFollow, removeFollow } from "@/db/queries/proposals/follow-proposal";
import { addSupport, removeSupport } from "@/db/queries/proposals/support-proposal";
import { refreshProposalCounters } from "@/db/queries/proposals/refresh-proposal-counters";
import { authorize } from "@/lib/policy";
import { defineAction } from "../../_server/action";
import { countersInPhase, loadProposal, proposalIdField, refreshProposalPages } from "./actions-shared";

// Pledges, endorsements and partner offers live beside this file: actions-pledges.ts, actions-backing.ts.

const proposalTarget = z.object({ proposalId: proposalIdField });

/**
 * One support per person per proposal, in the ideas phase only. The unique index decides, never a
 * select first, so a double click or ten racing requests leave one row and a count of one.
 */
export const supportProposalAction = defineAction({
  schema: proposalTarget,
  load: (tx, input) => loadProposal(tx, input.proposalId, { open: true, lock: countersInPhase }),
  policy: (actor, proposal) => authorize(actor, "proposal.support", { planPhase: proposal.planPhase }),
  async run({ tx, actor, resource: proposal }) {
    const added = await addSupport(tx, proposal.id, actor.id);
    if (added) await refreshProposalCounters(tx, proposal.id);
    return { proposalId: proposal.id, added };
  },
  after: ({ proposalId }) => refreshProposalPages(proposalId),
  successMessage: ({ added }) => (added ? "Thank you: you support this idea." : "You already support this."),
});

/** Only ever the person's own support; while the ideas phase lasts, since shortlisting counts it then. */
export const unsupportProposalAction = defineAction({
  schema: proposalTarget,
  load: (tx, input) => loadProposal(tx, input.proposalId, { open: false, lock: countersInPhase }),
  policy: (actor, proposal) => authorize(actor, "proposal.support", { planPhase: proposal.planPhase }),
  async run({ tx, actor, resource: proposal }) {
    const removed = await removeSupport(tx, proposal.id, actor.id);
    if (removed) await refreshProposalCounters(tx, proposal.id);
    return { proposalId: proposal.id, removed };
  },
  after: ({ proposalId }) => refreshProposalPages(proposalId),
  successMessage: ({ removed }) => (removed ? "Your support has been removed." : "You were not supporting this."),
});

// Following changes no counter and no phase gates it, so nothing is locked; the unique index decides.
export const followProposalAction = defineAction({
  schema: proposalTarget,
  load: (tx, input) => loadProposal(tx, input.proposalId, { open: true }),
  policy: (actor) => authorize(actor, "proposal.follow"),
  async run({ tx, actor, resource: proposal }) {
    const added = await addFollow(tx, proposal.id, actor.id);
    return { proposalId: proposal.id, added };
  },
  // Following changes no counter, so only the proposal page needs refreshing.
  after: ({ proposalId }) => revalidatePath(`/proposals/${proposalId}`),
  successMessage: ({ added }) => (added ? "You now follow this proposal. We will tell you about pledges, comments and decisions." : "You already follow this."),
});

export const unfollowProposalAction = defineAction({
  schema: proposalTarget,
  load: (tx, input) => loadProposal(tx, input.proposalId, { open: false }),
  policy: (actor) => authorize(actor, "proposal.follow"),
  async run({ tx, actor, resource: proposal }) {
    await removeFollow(tx, proposal.id, actor.id);
    return { proposalId: proposal.id };
  },
  after: ({ proposalId }) => revalidatePath(`/proposals/${proposalId}`),
  successMessage: "You no longer follow this proposal.",
});
