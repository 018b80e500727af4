import { and, eq, notInArray } from "drizzle-orm";
import type { Database } from "../../connect";
import { proposals } from "../../schema";

export type WithdrawOutcome = "withdrawn" | "not_found" | "draft" | "hidden" | "already_withdrawn";

/** Withdraws the author's own proposal. Hidden ones stay hidden: withdrawing must not publish what a moderator took down. */
export async function withdrawProposal(tx: Database, proposalId: string, authorId: string): Promise<WithdrawOutcome> {
  const updated = await tx
    .update(proposals)
    .set({ status: "withdrawn" })
    .where(and(eq(proposals.id, proposalId), eq(proposals.authorId, authorId), notInArray(proposals.status, ["draft", "hidden", "withdrawn"])))
    .returning({ id: proposals.id });
  if (updated.length > 0) return "withdrawn";
  const [row] = await tx.select({ status: proposals.status }).from(proposals).where(and(eq(proposals.id, proposalId), eq(proposals.authorId, authorId)));
  if (!row) return "not_found";
  return row.status === "draft" ? "draft" : row.status === "hidden" ? "hidden" : "already_withdrawn";
}
