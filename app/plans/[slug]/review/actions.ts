"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { publishAssessments } from "@/db/queries/review/publish-assessments";
import { recordAudit } from "@/db/queries/platform/record-audit";
import { authorize } from "@/lib/policy";
import { ActionError, defineAction } from "../../../_server/action";
import { loadPlan } from "../load-plan";

/** Makes the reviewers' combined scores and notes public, once the count is in (staff who adopt the plan). */
export const publishReasoningAction = defineAction({
  schema: z.object({ planId: z.uuid() }),
  load: (tx, input) => loadPlan(tx, input.planId),
  policy: (actor, plan) => authorize(actor, "plan.adopt", { planPhase: plan.phase }),
  async run({ tx, actor, resource: plan }) {
    if (!(await publishAssessments(tx, plan.id))) throw new ActionError("The reasoning is already public.");
    await recordAudit(tx, { actorId: actor.id, action: "plan.publish_assessments", entityType: "plan", entityId: plan.id });
    return { slug: plan.slug };
  },
  after: ({ slug }) => revalidatePath(`/plans/${slug}`, "layout"),
  successMessage: "The reviewers' reasoning is now public on each proposal.",
});
