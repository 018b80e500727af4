import { duePhaseAdvance } from "@/lib/plans/phase-schedule";
import type { Phase } from "@/lib/plans/phases";
import type { Database } from "../../connect";
import { advancePlanPhase } from "./advance-plan-phase";
import { findPlan } from "./find-plan";
import { listPhaseDates } from "./list-phase-dates";

/**
 * Moves one plan on if its schedule says it is due, in a transaction of its own, and says where
 * to (null when it stays). The row is locked FOR UPDATE before the phase and dates are judged, so
 * when two instances' clocks tick together, or an officer closes at the same moment, the second
 * waits, then reads the phase the first committed and finds nothing due: the count runs once.
 */
export async function advancePlanOnSchedule(db: Database, planId: string, now: Date): Promise<Phase | null> {
  return db.transaction(async (tx) => {
    const plan = await findPlan(tx, planId, "update");
    if (!plan) return null;
    const to = duePhaseAdvance(plan, await listPhaseDates(tx, plan.id), now);
    if (!to) return null;
    const moved = await advancePlanPhase(tx, plan, { to, actorId: null, now });
    return moved.ok ? to : null;
  });
}
