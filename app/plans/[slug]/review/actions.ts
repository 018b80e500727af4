"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { publishAssessments } from "@/db/queries/review/assessments";
import { recordAudit } from "@/db/queries/platform/audit";
import { plans } from "@/db/schema";
import { authorize } from "@/lib/policy";
import { ActionError, defineAction } from "../../../_server/action";

/** Makes the reviewers' combined scores and notes public, once the count is in (staff who adopt the plan). */
export const publishReasoningAction = defineAction({
  schema: z.object({ planId: z.uuid() }),
  async policy({ db, actor, input }) {
    const [plan] = await db.select({ phase: plans.phase }).from(plans).where(eq(plans.id, input.planId));
    return authorize(actor, "plan.adopt", { planPhase: plan?.phase });
  },
  async run({ tx, actor, input }) {
    if (!(await publishAssessments(tx, input.planId))) throw new ActionError("The reasoning is already public.");
    await recordAudit(tx, { actorId: actor.id, action: "plan.publish_assessments", entityType: "plan", entityId: input.planId });
    const [plan] = await tx.select({ slug: plans.slug }).from(plans).where(eq(plans.id, input.planId));
    return { slug: plan?.slug ?? "" };
  },
  after: ({ slug }) => revalidatePath(`/plans/${slug}`, "layout"),
  successMessage: "The reviewers' reasoning is now public on each proposal.",
});
