import "server-only";
import type { Database } from "@/db";
import { findPlan, type PlanRow } from "@/db/queries/plans/find-plan";
import type { RowLock } from "@/db/queries/row-lock";
import { ActionError } from "../../_server/action";

/** The plan an action loads for its policy, refused when it is gone; `lock` holds the row until commit. */
export async function loadPlan(tx: Database, planId: string, lock?: RowLock): Promise<PlanRow> {
  const plan = await findPlan(tx, planId, lock);
  if (!plan) throw new ActionError("This plan no longer exists.");
  return plan;
}
