import { and, eq, inArray } from "drizzle-orm";
import type { ProposalStatus } from "@/lib/proposals/statuses";
import type { Database } from "../../connect";
import { proposals } from "../../schema";
import type { ProposalContent } from "@/lib/proposals/proposal-content";

/** Rewrites a proposal's content only if this author wrote it and it is still in one of `statuses`. */
export async function updateProposalContent(
  tx: Database,
  scope: { proposalId: string; authorId: string; statuses: readonly ProposalStatus[] },
  values: ProposalContent,
): Promise<boolean> {
  const updated = await tx
    .update(proposals)
    .set(values)
    .where(and(eq(proposals.id, scope.proposalId), eq(proposals.authorId, scope.authorId), inArray(proposals.status, [...scope.statuses])))
    .returning({ id: proposals.id });
  return updated.length > 0;
}
