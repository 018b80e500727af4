import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Database } from "@/db";
import { getInteractionTarget } from "@/db/queries/coproduction/get-interaction-target";
import { lockProposalRows, type ProposalLocks } from "@/db/queries/proposals/lock-proposal-rows";
import { publicProposalStatuses, type ProposalStatus } from "@/lib/proposals/statuses";
import { ActionError } from "../../_server/action";

export const proposalIdField = z.uuid("That proposal was not found");

const publicStatuses: readonly ProposalStatus[] = publicProposalStatuses;

/** A write that changes the proposal's counters while the plan's phase allows it. */
export const countersInPhase: ProposalLocks = { plan: "share", proposal: "no key update" };
/** A write the plan's phase allows, on a proposal whose status must not change meanwhile. */
export const openInPhase: ProposalLocks = { plan: "share", proposal: "share" };

/**
 * The proposal an action touches, loaded in the action's transaction after taking `lock`. Drafts and
 * hidden proposals are "not found" to everyone here, as on the page. `open` also refuses a withdrawn
 * proposal: it takes no new pledges, support or backing, but people may still withdraw what they gave it.
 */
export async function loadProposal(tx: Database, proposalId: string, { open, lock = {} }: { open: boolean; lock?: ProposalLocks }) {
  await lockProposalRows(tx, proposalId, lock);
  const proposal = await getInteractionTarget(tx, proposalId);
  if (!proposal || !(publicStatuses.includes(proposal.status) || proposal.status === "withdrawn")) {
    throw new ActionError("That proposal was not found.");
  }
  if (open && proposal.status === "withdrawn") {
    throw new ActionError("This proposal has been withdrawn by its author, so it no longer takes pledges, support or backing.");
  }
  return proposal;
}

/** The proposal page, and the lists whose counters (support, pledged value, open needs) just changed. */
export function refreshProposalPages(proposalId: string) {
  revalidatePath(`/proposals/${proposalId}`);
  revalidatePath("/plans/[slug]", "page");
  revalidatePath("/neighbourhoods/[id]", "page");
}
