"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Database } from "@/db";
import { recordAudit } from "@/db/queries/platform/audit";
import { notifyProposalFollowers } from "@/db/queries/platform/notifications";
import { getPlanVersionForSigning, publishPlanVersion, signPlanVersion } from "@/db/queries/adoption/plan-versions";
import { plans } from "@/db/schema";
import { authorize } from "@/lib/policy";
import { ActionError, defineAction } from "../../../_server/action";

async function loadPlan(db: Database, planId: string) {
  const [plan] = await db.select({ id: plans.id, slug: plans.slug, title: plans.title, phase: plans.phase }).from(plans).where(eq(plans.id, planId));
  return plan;
}

const revalidatePlan = (slug: string) => revalidatePath(`/plans/${slug}`, "layout");

/** Staff publish the assembled people's plan as its next version; selected proposals become adopted. */
export const publishPlanVersionAction = defineAction({
  schema: z.object({
    planId: z.uuid(),
    title: z.string().trim().min(3, "Give the plan a title of at least 3 characters").max(200, "Use 200 characters or fewer"),
    summary: z.string().trim().min(20, "Write a summary of at least 20 characters").max(5000, "Use 5,000 characters or fewer"),
  }),
  async policy({ db, actor, input }) {
    const plan = await loadPlan(db, input.planId);
    if (!plan) throw new ActionError("This plan no longer exists.");
    return authorize(actor, "plan.adopt", { planPhase: plan.phase });
  },
  async run({ tx, actor, input }) {
    const plan = await loadPlan(tx, input.planId);
    if (!plan) throw new ActionError("This plan no longer exists.");
    const result = await publishPlanVersion(tx, { planId: plan.id, title: input.title, summary: input.summary, publishedBy: actor.id });
    if (!result.ok) throw new ActionError(result.reason);
    for (const proposalId of result.adoptedProposalIds) {
      await notifyProposalFollowers(tx, {
        proposalId,
        kind: "plan.adopted",
        title: `Adopted into “${input.title}”`,
        body: `This proposal is part of version ${result.version} of the published people's plan.`,
        href: `/plans/${plan.slug}/people-plan?version=${result.version}`,
        actorId: actor.id,
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "plan.adopt",
      entityType: "plan",
      entityId: plan.id,
      details: { versionId: result.versionId, version: result.version, adoptedProposalIds: result.adoptedProposalIds, phaseChanged: result.phaseChanged },
    });
    return { slug: plan.slug, version: result.version };
  },
  after: ({ slug }) => revalidatePlan(slug),
  successMessage: ({ version }) => `Version ${version} of the people's plan is published.`,
});

/** An organisation's admin signs a published version publicly, once per version. */
export const signPlanAction = defineAction({
  schema: z.object({
    planVersionId: z.uuid(),
    organisationId: z.uuid({ error: "Choose the organisation that signs" }),
    statement: z.string().trim().max(1000, "Use 1,000 characters or fewer").default(""),
  }),
  async policy({ db, actor, input }) {
    const version = await getPlanVersionForSigning(db, input.planVersionId);
    if (!version) throw new ActionError("This version of the plan no longer exists.");
    return authorize(actor, "plan.sign", { planPhase: version.planPhase, organisationId: input.organisationId });
  },
  async run({ tx, actor, input }) {
    const version = await getPlanVersionForSigning(tx, input.planVersionId);
    if (!version) throw new ActionError("This version of the plan no longer exists.");
    const signed = await signPlanVersion(tx, { planVersionId: version.id, organisationId: input.organisationId, signedBy: actor.id, statement: input.statement });
    if (!signed.ok) throw new ActionError(signed.reason);
    await recordAudit(tx, { actorId: actor.id, action: "plan.sign", entityType: "plan_version", entityId: version.id, details: { organisationId: input.organisationId, version: version.version } });
    return { slug: version.planSlug };
  },
  after: ({ slug }) => revalidatePlan(slug),
  successMessage: "Signed. Your organisation is listed on the plan.",
});
