"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formArray } from "@/lib/shared/form";
import { getDb } from "@/db";
import { getAreaRegionId } from "@/db/queries/geography/get-area-region";
import { castBallot } from "@/db/queries/voting/cast-ballot";
import { listBallotProjects } from "@/db/queries/voting/list-ballot-projects";
import { checkBallot, checkPoints } from "@/lib/voting/ballot";
import { formatDateTime } from "@/lib/shared/dates";
import { checkEligibility } from "@/lib/voting/eligibility";
import { lateBallotRefusal } from "@/lib/voting/voting-window";
import { getVotingEnd } from "@/db/queries/plans/get-voting-end";
import { formatPence } from "@/lib/shared/money";
import { authorize } from "@/lib/policy";
import { ActionError, defineAction } from "../../../_server/action";
import { sendMail } from "@/mailer";
import { loadPlan } from "../load-plan";

const wholePoints = "Points must be a whole number, 0 or more.";

// A points ballot arrives as one field per project, named `points.<project id>`; gathering them into
// one record lets zod check each, and a refusal lands next to the input it is about.
const castSchema = z.preprocess(
  (raw) => {
    if (typeof raw !== "object" || raw === null) return raw;
    const entries = Object.entries(raw);
    const points = entries.filter(([key]) => key.startsWith("points."));
    return { ...Object.fromEntries(entries.filter(([key]) => !key.startsWith("points."))), ...(points.length ? { points: Object.fromEntries(points.map(([key, value]) => [key.slice("points.".length), value])) } : {}) };
  },
  z.object({
    planId: z.uuid(),
    proposalIds: formArray(z.uuid("One of your choices is not on this ballot")),
    // A blank box is 0 points.
    points: z.record(z.uuid("One of your choices is not on this ballot"), z.coerce.number(wholePoints).int(wholePoints).min(0, wholePoints).max(1_000_000, wholePoints)).optional(),
  }),
);

export const castBallotAction = defineAction({
  schema: castSchema,
  // The plan row is held for share: closing the vote waits for this ballot, so none lands after the count.
  // The end date residents were shown binds too, whatever the phase column still says.
  async load(tx, input, actor) {
    const plan = await loadPlan(tx, input.planId, "share");
    const late = lateBallotRefusal({ phase: plan.phase, votingEndsAt: await getVotingEnd(tx, plan.id) }, new Date());
    if (late) throw new ActionError(late);
    const homeRegionId = actor.homeAreaId ? await getAreaRegionId(tx, actor.homeAreaId) : null;
    return { plan, homeRegionId, projects: await listBallotProjects(tx, plan.id) };
  },
  policy: (actor, { plan }) => authorize(actor, "ballot.cast", { planPhase: plan.phase }),
  async run({ tx, actor, input, resource: { plan, homeRegionId, projects } }) {
    const eligibility = checkEligibility({ homeAreaRegionId: homeRegionId, homeAreaVerified: actor.homeAreaVerified, suspended: actor.suspended }, plan);
    if (!eligibility.eligible) throw new ActionError(eligibility.message);
    if (plan.ballotMethod === "cumulative") {
      // Checked here, after the plan row is locked, against the allowance that row holds.
      const points = new Map(Object.entries(input.points ?? {}));
      const check = checkPoints(plan.cumulativePoints ?? 0, projects, points);
      if (!check.ok) throw new ActionError(check.reason, check.projectId ? `points.${check.projectId}` : "points");
      const ballot = await castBallot(tx, { planId: plan.id, voterId: actor.id, proposalIds: [], points });
      const chosen = projects.filter((p) => (points.get(p.id) ?? 0) > 0);
      return { reference: ballot.reference, at: ballot.updatedAt.toISOString(), planTitle: plan.title, planSlug: plan.slug, choices: chosen.map((p) => ({ title: p.title, costPence: p.costPence, points: points.get(p.id) ?? 0 })), totalPence: chosen.reduce((sum, p) => sum + p.costPence, 0) };
    }
    const check = checkBallot({ method: plan.ballotMethod, budgetPence: plan.budgetPence, approvalLimit: plan.approvalLimit }, projects, input.proposalIds);
    if (!check.ok) throw new ActionError(check.reason, "proposalIds");
    const ballot = await castBallot(tx, { planId: plan.id, voterId: actor.id, proposalIds: input.proposalIds });
    const chosen = projects.filter((p) => input.proposalIds.includes(p.id));
    return { reference: ballot.reference, at: ballot.updatedAt.toISOString(), planTitle: plan.title, planSlug: plan.slug, choices: chosen.map((p): { title: string; costPence: number; points?: number } => ({ title: p.title, costPence: p.costPence })), totalPence: check.totalPence };
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
        ...(receipt.choices.length ? receipt.choices.map((c) => `- ${c.title} (${c.points === undefined ? formatPence(c.costPence) : `${c.points} ${c.points === 1 ? "point" : "points"}`})`) : ["- none (an empty ballot still counts)"]),
        "",
        "You can change your ballot until voting closes; only your latest ballot counts.",
      ].join("\n"),
    }).catch((error: unknown) => console.error("receipt email failed", error));
  },
  successMessage: "Your ballot is counted.",
});
