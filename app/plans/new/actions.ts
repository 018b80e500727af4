"use server";

import { redirect } from "next/navigation";
import { recordAudit } from "@/db/queries/platform/record-audit";
import { insertPlan } from "@/db/queries/plans/save-plan";
import { regionExists } from "@/db/queries/geography/region-exists";
import { authorize } from "@/lib/policy";
import { planCreateSchema } from "@/lib/plans/plan-validation";
import { ActionError, defineAction } from "../../_server/action";
import { checkPlanReferences } from "../[slug]/manage/settings/plan-writes";

/** A new plan starts in its draft phase, unseen by the public until an officer opens ideas. */
export const createPlanAction = defineAction({
  schema: planCreateSchema,
  load: async () => null,
  policy: (actor) => authorize(actor, "plan.create"),
  async run({ tx, actor, input }) {
    if (!(await regionExists(tx, input.regionId))) throw new ActionError("Choose the region the plan is for", "regionId");
    await checkPlanReferences(tx, input.regionId, input.settings, input.rules);
    const plan = await insertPlan(tx, input.regionId, input.settings, input.rules);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "plan.create",
      entityType: "plan",
      entityId: plan.id,
      details: { title: input.settings.title, slug: plan.slug, rules: input.rules },
    });
    return plan;
  },
  after: ({ slug }) => redirect(`/plans/${slug}/manage/settings?created=1`),
});
