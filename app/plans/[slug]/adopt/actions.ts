"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getPlanVersionForSigning, signPlanVersion } from "@/db/queries/adoption/sign-plan-version";
import { publishPlanVersion } from "@/db/queries/adoption/publish-plan-version";
import { recordAudit } from "@/db/queries/platform/record-audit";
import { notifyProposalFollowers } from "@/db/queries/platform/notify-followers";
import { authorize } from "@/lib/policy";
import { ActionError, defineAction } from "../../../_server/action";
import { loadPlan } from "../load-plan";

const revalidatePlan = (slug: string) => revalidatePath(`/plans/${slug}`, "layout");

/** Staff publish the assembled people's plan as its next version; selected proposals become adopted. */
export const publishPlanVersionAction = defineAction({
  schema: z.object({
    planId: z.uuid(),
    title: z.string().trim().min(3, "Give the plan a title of at least 3 characters").max(200, "Use 200 characters or fewer"),
    summary: z.string().trim().min(20, "Write a summary of at least 20 characters").max(5000, "Use 5,000 characters or fewer"),
  }),
  // Locked for update: publishing moves the plan into its adopted phase, and two publishers queue for the next number.
  load: (tx, input) => loadPlan(tx, input.planId, "update"),
  policy: (actor, plan) => authorize(actor, "plan.adopt", { planPhase: plan.phase }),
  async run({ tx, actor, input, resource: plan }) {
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
  async load(tx, input) {
    const version = await getPlanVersionForSigning(tx, input.planVersionId);
    if (!version) throw new ActionError("This version of the plan no longer exists.");
    return version;
  },
  policy: (actor, version, input) => authorize(actor, "plan.sign", { planPhase: version.planPhase, organisationId: input.organisationId }),
  async run({ tx, actor, input, resource: version }) {
    const signed = await signPlanVersion(tx, { planVersionId: version.id, organisationId: input.organisationId, signedBy: actor.id, statement: input.statement });
    if (!signed.ok) throw new ActionError(signed.reason);
    await recordAudit(tx, { actorId: actor.id, action: "plan.sign", entityType: "plan_version", entityId: version.id, details: { organisationId: input.organisationId, version: version.version } });
    return { slug: version.planSlug };
  },
  after: ({ slug }) => revalidatePlan(slug),
  successMessage: "Signed. Your organisation is listed on the plan.",
});
