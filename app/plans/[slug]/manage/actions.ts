"use server";

import { and, count, eq, sql } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formArray } from "@/lib/shared/form";
import { recordAudit } from "@/db/queries/platform/audit";
import { forgetPlanSnapshots } from "@/db/queries/measures/measure-snapshots";
import { notifyProposalFollowers } from "@/db/queries/platform/notifications";
import { countAndStoreOutcome } from "@/db/queries/voting/outcomes";
import { listBallotProjects, newBallotReference } from "@/db/queries/voting/voting";
import { ballotChoices, ballots, paperTallies, plans, proposals } from "@/db/schema";
import { checkBallot } from "@/lib/voting/ballot";
import { phaseOrder } from "@/lib/labels";
import { parsePoundsToPence } from "@/lib/shared/money-input";
import { checkPhaseChange, SHORTLIST_REASON_MIN } from "@/lib/plans/phases";
import { authorize } from "@/lib/policy";
import type { Database } from "@/db";
import { ActionError, defineAction } from "../../../_server/action";

async function planPhase(db: Database, planId: string) {
  const [plan] = await db.select({ phase: plans.phase, rulesFrozenAt: plans.rulesFrozenAt }).from(plans).where(eq(plans.id, planId));
  return plan;
}

async function proposalPlan(db: Database, proposalId: string) {
  const [row] = await db.select({ planId: proposals.planId, phase: plans.phase, slug: plans.slug }).from(proposals).innerJoin(plans, eq(plans.id, proposals.planId)).where(eq(proposals.id, proposalId));
  return row;
}

const revalidatePlan = (slug: string) => {
  revalidatePath(`/plans/${slug}`, "layout");
};

/** Moves a plan on one phase. Opening voting puts the shortlist on the ballot and freezes the counting rules; closing it counts. */
export const changePhaseAction = defineAction({
  schema: z.object({ planId: z.uuid(), to: z.enum(phaseOrder as unknown as [string, ...string[]]) }),
  policy: ({ actor }) => authorize(actor, "plan.changePhase"),
  async run({ tx, actor, input }) {
    const [plan] = await tx.select().from(plans).where(eq(plans.id, input.planId)).for("update");
    if (!plan) throw new ActionError("This plan no longer exists.");
    const to = input.to as (typeof phaseOrder)[number];
    const [shortlisted] = await tx.select({ n: count() }).from(proposals).where(and(eq(proposals.planId, plan.id), eq(proposals.status, "shortlisted")));
    const check = checkPhaseChange(plan.phase, to, { shortlistedCount: shortlisted?.n ?? 0, ballotCount: 0 });
    if (!check.ok) throw new ActionError(check.reason);
    await tx
      .update(plans)
      .set({ phase: to, ...(to === "voting" ? { rulesFrozenAt: sql`now()` } : {}) })
      .where(and(eq(plans.id, plan.id), eq(plans.phase, plan.phase)));
    if (to === "voting") {
      await tx.update(proposals).set({ status: "on_ballot" }).where(and(eq(proposals.planId, plan.id), eq(proposals.status, "shortlisted")));
    }
    // The region's page lists a plan once it opens; a plan's own page changes with its phase.
    await forgetPlanSnapshots(tx, plan.id);
    await recordAudit(tx, { actorId: actor.id, action: "plan.change_phase", entityType: "plan", entityId: plan.id, details: { from: plan.phase, to } });
    if (to === "results") await countAndStoreOutcome(tx, plan.id, actor.id);
    return { slug: plan.slug, to };
  },
  after: ({ slug }) => revalidatePlan(slug),
  successMessage: ({ to }) => (to === "results" ? "Voting is closed and the ballots are counted." : `The plan is now in its ${to} phase.`),
});

/** Officers shortlist ideas; one below the support threshold needs a recorded reason. */
export const shortlistAction = defineAction({
  schema: z.object({ proposalId: z.uuid(), reason: z.string().trim().max(500, "Use 500 characters or fewer").default("") }),
  async policy({ db, actor, input }) {
    return authorize(actor, "proposal.shortlist", { planPhase: (await proposalPlan(db, input.proposalId))?.phase });
  },
  async run({ tx, actor, input }) {
    const [proposal] = await tx
      .select({ id: proposals.id, supportCount: proposals.supportCount, threshold: plans.supportThreshold, slug: plans.slug })
      .from(proposals)
      .innerJoin(plans, eq(plans.id, proposals.planId))
      .where(eq(proposals.id, input.proposalId));
    if (!proposal) throw new ActionError("This proposal no longer exists.");
    const overThreshold = proposal.supportCount >= proposal.threshold;
    if (!overThreshold && input.reason.length < SHORTLIST_REASON_MIN) {
      throw new ActionError(`This idea has ${proposal.supportCount} of the ${proposal.threshold} supporters needed: give a reason of at least ${SHORTLIST_REASON_MIN} characters to shortlist it.`, "reason");
    }
    const reason = overThreshold && !input.reason ? `Reached ${proposal.supportCount} supporters (threshold ${proposal.threshold}).` : input.reason;
    const updated = await tx.update(proposals).set({ status: "shortlisted", shortlistReason: reason }).where(and(eq(proposals.id, proposal.id), eq(proposals.status, "published"))).returning({ id: proposals.id, title: proposals.title });
    if (!updated.length) throw new ActionError("Only published ideas can be shortlisted.");
    await notifyProposalFollowers(tx, { proposalId: proposal.id, kind: "status.changed", title: `“${updated[0]?.title ?? "Your idea"}” is on the shortlist`, body: reason, actorId: actor.id });
    await recordAudit(tx, { actorId: actor.id, action: "proposal.shortlist", entityType: "proposal", entityId: proposal.id, reason });
    return { slug: proposal.slug };
  },
  after: ({ slug }) => revalidatePlan(slug),
  successMessage: "Shortlisted.",
});

export const setFinalCostAction = defineAction({
  schema: z.object({ proposalId: z.uuid(), cost: z.string() }),
  async policy({ db, actor, input }) {
    return authorize(actor, "proposal.setFinalCost", { planPhase: (await proposalPlan(db, input.proposalId))?.phase });
  },
  async run({ tx, actor, input }) {
    const parsed = parsePoundsToPence(input.cost);
    if (!parsed.ok) throw new ActionError(parsed.message.replace("estimated cost", "final cost"), "cost");
    const updated = await tx
      .update(proposals)
      .set({ finalCostPence: parsed.pence })
      .where(and(eq(proposals.id, input.proposalId), eq(proposals.status, "shortlisted")))
      .returning({ planId: proposals.planId });
    if (!updated.length) throw new ActionError("Only shortlisted proposals get a final cost.");
    await recordAudit(tx, { actorId: actor.id, action: "proposal.set_final_cost", entityType: "proposal", entityId: input.proposalId, details: { pence: parsed.pence } });
    const plan = await proposalPlan(tx, input.proposalId);
    return { slug: plan?.slug ?? "" };
  },
  after: ({ slug }) => revalidatePlan(slug),
  successMessage: "Final cost saved.",
});

/** An officer types in one paper ballot: anonymous, counted like any other, shown separately. */
export const enterPaperBallotAction = defineAction({
  schema: z.object({ planId: z.uuid(), proposalIds: formArray(z.uuid()) }),
  async policy({ db, actor, input }) {
    return authorize(actor, "ballot.enterPaper", { planPhase: (await planPhase(db, input.planId))?.phase });
  },
  async run({ tx, actor, input }) {
    const [plan] = await tx.select().from(plans).where(eq(plans.id, input.planId));
    if (!plan) throw new ActionError("This plan no longer exists.");
    const projects = await listBallotProjects(tx, plan.id);
    const check = checkBallot({ method: plan.ballotMethod, budgetPence: plan.budgetPence, approvalLimit: plan.approvalLimit }, projects, input.proposalIds);
    if (!check.ok) throw new ActionError(check.reason, "proposalIds");
    const [ballot] = await tx.insert(ballots).values({ planId: plan.id, source: "paper", enteredBy: actor.id, reference: newBallotReference() }).returning({ id: ballots.id, reference: ballots.reference });
    if (!ballot) throw new ActionError("The ballot was not saved.");
    if (input.proposalIds.length) await tx.insert(ballotChoices).values(input.proposalIds.map((proposalId) => ({ ballotId: ballot.id, proposalId })));
    await recordAudit(tx, { actorId: actor.id, action: "ballot.enter_paper", entityType: "plan", entityId: plan.id, details: { reference: ballot.reference, choices: input.proposalIds } });
    return { slug: plan.slug, reference: ballot.reference };
  },
  after: ({ slug }) => revalidatePlan(slug),
  successMessage: ({ reference }) => `Paper ballot ${reference} entered.`,
});

/**
 * Paper approvals entered as a count per project. Only greedy approval plans accept them: the
 * Method of Equal Shares needs each ballot's whole set of choices, which a count cannot give.
 */
export const enterPaperTallyAction = defineAction({
  schema: z.object({ planId: z.uuid(), proposalId: z.uuid(), approvals: z.coerce.number({ error: "Enter the number of paper approvals" }).int("Enter a whole number").min(0, "The count cannot be negative").max(1_000_000, "That is more approvals than a plan could have") }),
  async policy({ db, actor, input }) {
    return authorize(actor, "ballot.enterPaper", { planPhase: (await planPhase(db, input.planId))?.phase });
  },
  async run({ tx, actor, input }) {
    const [plan] = await tx.select().from(plans).where(eq(plans.id, input.planId));
    if (!plan) throw new ActionError("This plan no longer exists.");
    if (plan.ballotMethod !== "approval" || plan.outcomeRule !== "greedy") {
      throw new ActionError("Counts per project only work for approval ballots counted by the greedy rule. Enter these paper ballots one by one instead.", "approvals");
    }
    const [onBallot] = await tx.select({ id: proposals.id }).from(proposals).where(and(eq(proposals.id, input.proposalId), eq(proposals.planId, plan.id), eq(proposals.status, "on_ballot")));
    if (!onBallot) throw new ActionError("That project is not on this ballot.");
    await tx
      .insert(paperTallies)
      .values({ planId: plan.id, proposalId: input.proposalId, approvals: input.approvals, enteredBy: actor.id })
      .onConflictDoUpdate({ target: [paperTallies.planId, paperTallies.proposalId], set: { approvals: input.approvals, enteredBy: actor.id, updatedAt: sql`now()` } });
    await recordAudit(tx, { actorId: actor.id, action: "ballot.enter_paper_count", entityType: "proposal", entityId: input.proposalId, details: { planId: plan.id, approvals: input.approvals } });
    return { slug: plan.slug };
  },
  after: ({ slug }) => revalidatePlan(slug),
  successMessage: "Paper count saved.",
});

/** Staff count again to show the result is reproducible from the same ballots. */
export const recountAction = defineAction({
  schema: z.object({ planId: z.uuid() }),
  async policy({ db, actor, input }) {
    return authorize(actor, "outcome.compute", { planPhase: (await planPhase(db, input.planId))?.phase });
  },
  async run({ tx, actor, input }) {
    const result = await countAndStoreOutcome(tx, input.planId, actor.id);
    const [plan] = await tx.select({ slug: plans.slug }).from(plans).where(eq(plans.id, input.planId));
    return { slug: plan?.slug ?? "", reproduced: result.reproduced };
  },
  after: ({ slug }) => revalidatePlan(slug),
  successMessage: ({ reproduced }) =>
    reproduced === true ? "Counted again from the same ballots: the same projects were chosen." : reproduced === false ? "Counted again: the result differs, because the ballots or rules changed since the last count." : "Counted.",
});

