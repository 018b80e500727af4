import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Database } from "@/db";
import { getInteractionTarget } from "@/db/queries/coproduction/coproduction";
import { publicProposalStatuses, type ProposalStatus } from "@/lib/labels";
import { ActionError } from "../../_server/action";

export const proposalIdField = z.uuid("That proposal was not found");

const publicStatuses: readonly ProposalStatus[] = publicProposalStatuses;

/**
 * The proposal an action touches. Drafts and hidden proposals are "not found" to everyone here, as on
 * the page. `open` also refuses a withdrawn proposal: it takes no new pledges, support or backing, but
 * people may still withdraw what they gave it.
 */
export async function requireProposal(db: Database, proposalId: string, { open }: { open: boolean }) {
  const proposal = await getInteractionTarget(db, proposalId);
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
