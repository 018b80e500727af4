import { and, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { proposals } from "../../schema";

/** Shortlists a published idea with its reason; null when it is not (or no longer) published. */
export async function shortlistProposal(tx: Database, proposalId: string, reason: string) {
  const [updated] = await tx
    .update(proposals)
    .set({ status: "shortlisted", shortlistReason: reason })
    .where(and(eq(proposals.id, proposalId), eq(proposals.status, "published")))
    .returning({ id: proposals.id, title: proposals.title });
  return updated ?? null;
}
