import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../connect";
import { paperTallies, proposals } from "../../schema";

/** Stores (or corrects) the paper approvals of one project on the ballot; false when it is not on this plan's ballot. */
export async function recordPaperTally(tx: Database, input: { planId: string; proposalId: string; approvals: number; enteredBy: string }): Promise<boolean> {
  const [onBallot] = await tx
    .select({ id: proposals.id })
    .from(proposals)
    .where(and(eq(proposals.id, input.proposalId), eq(proposals.planId, input.planId), eq(proposals.status, "on_ballot")));
  if (!onBallot) return false;
  await tx
    .insert(paperTallies)
    .values({ planId: input.planId, proposalId: input.proposalId, approvals: input.approvals, enteredBy: input.enteredBy })
    .onConflictDoUpdate({ target: [paperTallies.planId, paperTallies.proposalId], set: { approvals: input.approvals, enteredBy: input.enteredBy, updatedAt: sql`now()` } });
  return true;
}
