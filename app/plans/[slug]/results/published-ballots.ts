import "server-only";
import type { Database } from "@/db/connect";
import { getCountedBallotsFile } from "@/db/queries/voting/export-pabulib";
import { hasReachedPhase, type Phase } from "@/lib/plans/phases";

/**
 * The counted ballots a plan publishes, or null. Only once voting has closed: a count taken while
 * people can still vote is not final, and a file of it would invite reading the vote early.
 */
export async function getPublishedBallots(db: Database, plan: { id: string; phase: Phase }) {
  if (!hasReachedPhase(plan.phase, "results")) return null;
  return getCountedBallotsFile(db, plan.id);
}
