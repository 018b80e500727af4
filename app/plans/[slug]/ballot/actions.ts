"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formArray } from "@/lib/shared/form";
import { getDb } from "@/db";
import { areas, plans } from "@/db/schema";
import { castBallot, listBallotProjects } from "@/db/queries/voting/voting";
import { checkBallot } from "@/lib/voting/ballot";
import { formatDateTime } from "@/lib/shared/dates";
import { checkEligibility } from "@/lib/voting/eligibility";
import { formatPence } from "@/lib/shared/money";
import { authorize } from "@/lib/policy";
import { ActionError, defineAction } from "../../../_server/action";
import { sendMail } from "../../../_server/mailer";

const castSchema = z.object({
  planId: z.uuid(),
  proposalIds: formArray(z.uuid("One of your choices is not on this ballot")),
});

export const castBallotAction = defineAction({
  schema: castSchema,
  async policy({ db, actor, input }) {
    const [plan] = await db.select({ phase: plans.phase }).from(plans).where(eq(plans.id, input.planId));
    return authorize(actor, "ballot.cast", { planPhase: plan?.phase });
  },
  async run({ tx, actor, input }) {
    const [plan] = await tx.select().from(plans).where(eq(plans.id, input.planId));
    if (!plan) throw new ActionError("This plan no longer exists.");
    const [home] = actor.homeAreaId ? await tx.select({ regionId: areas.regionId }).from(areas).where(eq(areas.id, actor.homeAreaId)) : [];
    const eligibility = checkEligibility({ homeAreaRegionId: home?.regionId ?? null, homeAreaVerified: actor.homeAreaVerified, suspended: actor.suspended }, plan);
    if (!eligibility.eligible) throw new ActionError(eligibility.message);
    const projects = await listBallotProjects(tx, plan.id);
    const check = checkBallot({ method: plan.ballotMethod, budgetPence: plan.budgetPence, approvalLimit: plan.approvalLimit }, projects, input.proposalIds);
    if (!check.ok) throw new ActionError(check.reason, "proposalIds");
    const ballot = await castBallot(tx, { planId: plan.id, voterId: actor.id, proposalIds: input.proposalIds });
    const chosen = projects.filter((p) => input.proposalIds.includes(p.id));
    return { reference: ballot.reference, at: ballot.updatedAt.toISOString(), planTitle: plan.title, planSlug: plan.slug, choices: chosen.map((p) => ({ title: p.title, costPence: p.costPence })), totalPence: check.totalPence };
  },
  async after(receipt, { actor }) {
    revalidatePath(`/plans/${receipt.planSlug}/ballot`);
    if (!actor.email) return;
    // The receipt by email is a courtesy: the ballot is already committed, so a mail failure must not undo it.
    await sendMail(await getDb(), {
      to: actor.email,
      subject: `Your ballot for ${receipt.planTitle} is counted`,
      text: [
        `Your ballot for ${receipt.planTitle} is counted.`,
        "",
        `Reference: ${receipt.reference}`,
        `Time: ${formatDateTime(new Date(receipt.at))}`,
        "",
        "Your choices:",
        ...(receipt.choices.length ? receipt.choices.map((c) => `- ${c.title} (${formatPence(c.costPence)})`) : ["- none (an empty ballot still counts)"]),
        "",
        "You can change your ballot until voting closes; only your latest ballot counts.",
      ].join("\n"),
    }).catch((error: unknown) => console.error("receipt email failed", error));
  },
  successMessage: "Your ballot is counted.",
});
