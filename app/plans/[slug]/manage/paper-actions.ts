"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAudit } from "@/db/queries/platform/record-audit";
import { enterPaperBallot } from "@/db/queries/voting/enter-paper-ballot";
import { recordPaperTally } from "@/db/queries/voting/record-paper-tally";
import { listBallotProjects } from "@/db/queries/voting/list-ballot-projects";
import { authorize } from "@/lib/policy";
import { formArray } from "@/lib/shared/form";
import { checkBallot } from "@/lib/voting/ballot";
import { ActionError, defineAction } from "../../../_server/action";
import { loadPlan } from "../load-plan";

// Paper ballots hold the plan row for share: closing the vote waits for them, and they for it.

/** An officer types in one paper ballot: anonymous, counted like any other, shown separately. */
export const enterPaperBallotAction = defineAction({
  schema: z.object({ planId: z.uuid(), proposalIds: formArray(z.uuid()) }),
  async load(tx, input) {
    const plan = await loadPlan(tx, input.planId, "share");
    return { plan, projects: await listBallotProjects(tx, plan.id) };
  },
  policy: (actor, { plan }) => authorize(actor, "ballot.enterPaper", { planPhase: plan.phase }),
  async run({ tx, actor, input, resource: { plan, projects } }) {
    // A paper ballot records choices, not points: counted as 1 point each it would bend a points count.
    if (plan.ballotMethod === "cumulative") throw new ActionError("Paper ballots cannot be entered for a points ballot: the paper form has no place for points.");
    const check = checkBallot({ method: plan.ballotMethod, budgetPence: plan.budgetPence, approvalLimit: plan.approvalLimit }, projects, input.proposalIds);
    if (!check.ok) throw new ActionError(check.reason, "proposalIds");
    const ballot = await enterPaperBallot(tx, { planId: plan.id, enteredBy: actor.id, proposalIds: input.proposalIds });
    if (!ballot) throw new ActionError("The ballot was not saved.");
    await recordAudit(tx, { actorId: actor.id, action: "ballot.enter_paper", entityType: "plan", entityId: plan.id, details: { reference: ballot.reference, choices: input.proposalIds } });
    return { slug: plan.slug, reference: ballot.reference };
  },
  after: ({ slug }) => revalidatePath(`/plans/${slug}`, "layout"),
  successMessage: ({ reference }) => `Paper ballot ${reference} entered.`,
});

/**
 * Paper approvals entered as a count per project. Only greedy approval plans accept them: the
 * Method of Equal Shares needs each ballot's whole set of choices, which a count cannot give.
 */
export const enterPaperTallyAction = defineAction({
  schema: z.object({ planId: z.uuid(), proposalId: z.uuid(), approvals: z.coerce.number({ error: "Enter the number of paper approvals" }).int("Enter a whole number").min(0, "The count cannot be negative").max(1_000_000, "That is more approvals than a plan could have") }),
  load: (tx, input) => loadPlan(tx, input.planId, "share"),
  policy: (actor, plan) => authorize(actor, "ballot.enterPaper", { planPhase: plan.phase }),
  async run({ tx, actor, input, resource: plan }) {
    if (plan.ballotMethod !== "approval" || plan.outcomeRule !== "greedy") {
      throw new ActionError("Counts per project only work for approval ballots counted by the greedy rule. Enter these paper ballots one by one instead.", "approvals");
    }
    const saved = await recordPaperTally(tx, { planId: plan.id, proposalId: input.proposalId, approvals: input.approvals, enteredBy: actor.id });
    if (!saved) throw new ActionError("That project is not on this ballot.");
    await recordAudit(tx, { actorId: actor.id, action: "ballot.enter_paper_count", entityType: "proposal", entityId: input.proposalId, details: { planId: plan.id, approvals: input.approvals } });
    return { slug: plan.slug };
  },
  after: ({ slug }) => revalidatePath(`/plans/${slug}`, "layout"),
  successMessage: "Paper count saved.",
});
