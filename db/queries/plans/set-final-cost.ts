import { and, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { proposals } from "../../schema";

/** The cost that counts on the ballot; only a shortlisted proposal takes one. */
export async function setFinalCost(tx: Database, proposalId: string, pence: number): Promise<boolean> {
  const updated = await tx
    .update(proposals)
    .set({ finalCostPence: pence })
    .where(and(eq(proposals.id, proposalId), eq(proposals.status, "shortlisted")))
    .returning({ id: proposals.id });
  return updated.length > 0;
}
