import { checkPhaseChange, type Phase, type PhaseChangeCheck } from "@/lib/plans/phases";
import { phaseChangeTiming } from "@/lib/plans/phase-schedule";
import type { Database } from "../../connect";
import { recordAudit } from "../platform/record-audit";
import { countAndStoreOutcome } from "../voting/count-plan";
import { changePlanPhase, countShortlisted } from "./change-plan-phase";
import { listPhaseDates } from "./list-phase-dates";

export interface PhaseAdvance {
  to: Phase;
  /** The officer who moved the plan on, or null when the schedule did (the audit log shows "System"). */
  actorId: string | null;
  now: Date;
}

/**
 * Moves a plan on one phase: the one way a phase changes, whether an officer clicks or the
 * schedule's clock ticks. The caller holds the plan row FOR UPDATE and passes it as read under
 * that lock, so ballots and a second closer wait, and whoever comes second sees the new phase and
 * is refused here. Closing voting counts in the same transaction. The audit entry records the
 * phase's scheduled end and whether the change came before it, so an early close is on the record.
 */
export async function advancePlanPhase(tx: Database, plan: { id: string; phase: Phase }, change: PhaseAdvance): Promise<PhaseChangeCheck> {
  const check = checkPhaseChange(plan.phase, change.to, { shortlistedCount: await countShortlisted(tx, plan.id), ballotCount: 0 });
  if (!check.ok) return check;
  const timing = phaseChangeTiming(plan.phase, await listPhaseDates(tx, plan.id), change.now);
  await changePlanPhase(tx, plan, change.to);
  await recordAudit(tx, {
    actorId: change.actorId,
    action: "plan.change_phase",
    entityType: "plan",
    entityId: plan.id,
    details: { from: plan.phase, to: change.to, ...(timing ?? {}), ...(change.actorId === null ? { automatic: true } : {}) },
  });
  if (change.to === "results") await countAndStoreOutcome(tx, plan.id, change.actorId);
  return check;
}
