import "server-only";
import type { Database } from "@/db";
import { foreignIds, isSlugTaken } from "@/db/queries/plans/check-plan-settings";
import type { CountingRules } from "@/lib/plans/plan-rules";
import type { PlanSettings } from "@/lib/plans/plan-details-form";
import { ActionError } from "../../../../_server/action";

/**
 * Checks shared by creating and editing a plan that need the database: a free web address, and
 * themes and neighbourhoods from the plan's own region (ids in a form can be anything).
 */
export async function checkPlanReferences(tx: Database, regionId: string, settings: PlanSettings, rules: CountingRules | null, planId?: string) {
  if (await isSlugTaken(tx, settings.slug, planId)) throw new ActionError("Another plan already uses this web address: choose another", "slug");
  if ((await foreignIds(tx, regionId, "themes", settings.themeIds)).length) throw new ActionError("Choose themes of this plan's region", "themeIds");
  for (const [index, fence] of (rules?.ringFences ?? []).entries()) {
    if ((await foreignIds(tx, regionId, "areas", fence.areaIds)).length) throw new ActionError("Choose neighbourhoods of this plan's region", `ringFences.${index}.areas`);
  }
}
