"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Database } from "@/db";
import { advancePlanPhase } from "@/db/queries/plans/advance-plan-phase";
import { getProposalInPlan } from "@/db/queries/plans/get-proposal-in-plan";
import { setFinalCost } from "@/db/queries/plans/set-final-cost";
import { shortlistProposal } from "@/db/queries/plans/shortlist-proposal";
import { recordAudit } from "@/db/queries/platform/record-audit";
import { notifyProposalFollowers } from "@/db/queries/platform/notify-followers";
import { countAndStoreOutcome } from "@/db/queries/voting/count-plan";
import { planPhases, SHORTLIST_REASON_MIN } from "@/lib/plans/phases";
import { checkProposalChange } from "@/lib/plans/ballot-freeze";
import { authorize } from "@/lib/policy";
import { parsePoundsToPence } from "@/lib/shared/money-input";
import { ActionError, defineAction } from "../../../_server/action";
import { loadPlan } from "../load-plan";
import { refuseWhenFrozen } from "../../../_server/refuse-when-frozen";

const revalidatePlan = (slug: string) => {
  revalidatePath(`/plans/${slug}`, "layout");
};

/**
 * The proposal an officer decides on, with its plan held so the phase the policy saw stays until
 * commit; refused with the reason when the decision would change a frozen ballot.
 */
async function loadProposal(tx: Database, proposalId: string, change: "status" | "finalCost") {
  const proposal = await getProposalInPlan(tx, proposalId, "share");
  if (!proposal) throw new ActionError("This proposal no longer exists.");
  refuseWhenFrozen(checkProposalChange(change, proposal.planPhase, proposal.status));
  return proposal;
}

/**
 * Moves a plan on one phase, through the same use case as the scheduled clock (db/jobs/phase-clock.ts).
 * Opening voting puts the shortlist on the ballot and freezes the counting rules; closing it counts.
 * A close before the voting end time is allowed, and audited as early.
 */
export const changePhaseAction = defineAction({
  schema: z.object({ planId: z.uuid(), to: z.enum(planPhases) }),
  // Locked for update: ballots, rule changes and the clock wait on the row until the new phase is committed.
  load: (tx, input) => loadPlan(tx, input.planId, "update"),
  policy: (actor) => authorize(actor, "plan.changePhase"),
  async run({ tx, actor, input: { to }, resource: plan }) {
    const moved = await advancePlanPhase(tx, plan, { to, actorId: actor.id, now: new Date() });
    if (!moved.ok) throw new ActionError(moved.reason);
    return { slug: plan.slug, to };
  },
  after: ({ slug }) => revalidatePlan(slug),
  successMessage: ({ to }) => (to === "results" ? "Voting is closed and the ballots are counted." : `The plan is now in its ${to} phase.`),
});

/** Officers shortlist ideas; one below the support threshold needs a recorded reason. */
export const shortlistAction = defineAction({
  schema: z.object({ proposalId: z.uuid(), reason: z.string().trim().max(500, "Use 500 characters or fewer").default("") }),
  load: (tx, input) => loadProposal(tx, input.proposalId, "status"),
  policy: (actor, proposal) => authorize(actor, "proposal.shortlist", { planPhase: proposal.planPhase }),
  async run({ tx, actor, input, resource: proposal }) {
    const overThreshold = proposal.supportCount >= proposal.supportThreshold;
    if (!overThreshold && input.reason.length < SHORTLIST_REASON_MIN) {
      throw new ActionError(`This idea has ${proposal.supportCount} of the ${proposal.supportThreshold} supporters needed: give a reason of at least ${SHORTLIST_REASON_MIN} characters to shortlist it.`, "reason");
    }
    const reason = overThreshold && !input.reason ? `Reached ${proposal.supportCount} supporters (threshold ${proposal.supportThreshold}).` : input.reason;
    const updated = await shortlistProposal(tx, proposal.id, reason);
    if (!updated) throw new ActionError("Only published ideas can be shortlisted.");
    await notifyProposalFollowers(tx, { proposalId: proposal.id, kind: "status.changed", title: `“${updated.title}” is on the shortlist`, body: reason, actorId: actor.id });
    await recordAudit(tx, { actorId: actor.id, action: "proposal.shortlist", entityType: "proposal", entityId: proposal.id, reason });
    return { slug: proposal.planSlug };
  },
  after: ({ slug }) => revalidatePlan(slug),
  successMessage: "Shortlisted.",
});

export const setFinalCostAction = defineAction({
  schema: z.object({ proposalId: z.uuid(), cost: z.string() }),
  load: (tx, input) => loadProposal(tx, input.proposalId, "finalCost"),
  policy: (actor, proposal) => authorize(actor, "proposal.setFinalCost", { planPhase: proposal.planPhase }),
  async run({ tx, actor, input, resource: proposal }) {
    const parsed = parsePoundsToPence(input.cost);
    if (!parsed.ok) throw new ActionError(parsed.message.replace("estimated cost", "final cost"), "cost");
    if (!(await setFinalCost(tx, proposal.id, parsed.pence))) throw new ActionError("Only shortlisted proposals get a final cost.");
    await recordAudit(tx, { actorId: actor.id, action: "proposal.set_final_cost", entityType: "proposal", entityId: proposal.id, details: { pence: parsed.pence } });
    return { slug: proposal.planSlug };
  },
  after: ({ slug }) => revalidatePlan(slug),
  successMessage: "Final cost saved.",
});

/** Staff count again to show the result is reproducible from the same ballots. */
export const recountAction = defineAction({
  schema: z.object({ planId: z.uuid() }),
  // Held for share: the phase that allows a count cannot change while counting.
  load: (tx, input) => loadPlan(tx, input.planId, "share"),
  policy: (actor, plan) => authorize(actor, "outcome.compute", { planPhase: plan.phase }),
  async run({ tx, actor, resource: plan }) {
    const result = await countAndStoreOutcome(tx, plan.id, actor.id);
    return { slug: plan.slug, reproduced: result.reproduced };
  },
  after: ({ slug }) => revalidatePlan(slug),
  successMessage: ({ reproduced }) =>
    reproduced === true ? "Counted again from the same ballots: the same projects were chosen." : reproduced === false ? "Counted again: the result differs, because the ballots or rules changed since the last count." : "Counted.",
});
