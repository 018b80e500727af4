import { and, count, eq, sql } from "drizzle-orm";
import type { Phase } from "@/lib/plans/phases";
import type { Database } from "../../connect";
import { plans, proposals } from "../../schema";
import { forgetPlanSnapshots } from "../measures/measure-snapshots";

/** How many proposals wait on the shortlist: opening voting needs at least one. */
export async function countShortlisted(db: Database, planId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(proposals).where(and(eq(proposals.planId, planId), eq(proposals.status, "shortlisted")));
  return row?.n ?? 0;
}

/**
 * Moves a plan on from the phase it was read in (a concurrent change makes this a no-op). Opening
 * voting freezes the counting rules and puts the shortlist on the ballot.
 */
export async function changePlanPhase(tx: Database, plan: { id: string; phase: Phase }, to: Phase): Promise<void> {
  await tx
    .update(plans)
    .set({ phase: to, ...(to === "voting" ? { rulesFrozenAt: sql`now()` } : {}) })
    .where(and(eq(plans.id, plan.id), eq(plans.phase, plan.phase)));
  if (to === "voting") {
    await tx.update(proposals).set({ status: "on_ballot" }).where(and(eq(proposals.planId, plan.id), eq(proposals.status, "shortlisted")));
  }
  // The region's page lists a plan once it opens; a plan's own page changes with its phase.
  await forgetPlanSnapshots(tx, plan.id);
}
