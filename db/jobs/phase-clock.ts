import type { Phase } from "@/lib/plans/phases";
import type { Database } from "../connect";
import { advancePlanOnSchedule } from "../queries/plans/advance-plan-on-schedule";
import { listPlansPastPhaseEnd } from "../queries/plans/list-plans-past-phase-end";

export interface ScheduledAdvance {
  planId: string;
  to: Phase;
}

/**
 * One tick of the phase clock: closes voting that has reached its end time, counting it, and moves
 * on the dated phases of plans set to advance automatically. Every instance may run it at the same
 * moment; each plan is moved under its row lock, so it moves once. A plan that cannot move yet
 * (voting cannot open without a shortlist) waits for the next tick, and one whose move fails is
 * logged and retried then, without holding back the others.
 */
export async function advanceDuePlans(db: Database, now: Date = new Date()): Promise<ScheduledAdvance[]> {
  const moved: ScheduledAdvance[] = [];
  for (const planId of await listPlansPastPhaseEnd(db, now)) {
    try {
      const to = await advancePlanOnSchedule(db, planId, now);
      if (to) moved.push({ planId, to });
    } catch (error) {
      console.error(`could not move plan ${planId} on schedule`, error);
    }
  }
  return moved;
}
