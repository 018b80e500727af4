import { eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { plans, proposals } from "../../schema";
import type { RowLock } from "../row-lock";

export interface ProposalLocks {
  /** Hold the proposal's plan, so its phase cannot move on between the policy and the write. */
  plan?: RowLock;
  /** Hold the proposal: "no key update" before changing its counters or status, "share" to keep its status still. */
  proposal?: RowLock;
}

/**
 * Holds a proposal's plan row, then the proposal row, until the transaction ends: always in that
 * order, so two actions on the same proposal cannot each wait for the other. Read after it, under
 * read committed, a query sees what every writer that held these rows before committed.
 */
export async function lockProposalRows(db: Database, proposalId: string, locks: ProposalLocks): Promise<void> {
  if (locks.plan) {
    await db
      .select({ id: plans.id })
      .from(plans)
      .innerJoin(proposals, eq(proposals.planId, plans.id))
      .where(eq(proposals.id, proposalId))
      .for(locks.plan, { of: plans });
  }
  if (locks.proposal) await db.select({ id: proposals.id }).from(proposals).where(eq(proposals.id, proposalId)).for(locks.proposal);
}
