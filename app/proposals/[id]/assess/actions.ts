"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Database } from "@/db";
import { recordAudit } from "@/db/queries/platform/record-audit";
import { declareInterest, isInterestDeclared } from "@/db/queries/review/declare-interest";
import { getProposalForAssessment } from "@/db/queries/review/get-proposal-for-assessment";
import { listPlanCriteria, listPlanPriorities } from "@/db/queries/review/list-assessment-criteria";
import { saveAssessment } from "@/db/queries/review/save-assessment";
import { lockProposalRows } from "@/db/queries/proposals/lock-proposal-rows";
import type { RowLock } from "@/db/queries/row-lock";
import { checkScoreSheet, hasOrganisationalInterest } from "@/lib/review/assessments";
import { publicProposalStatuses } from "@/lib/proposals/statuses";
import { authorize } from "@/lib/policy";
import { formArray } from "@/lib/shared/form";
import { ActionError, defineAction } from "../../../_server/action";

/** Score selects are posted as `score_<criterion id>`, one per criterion of the plan. */
const SCORE_PREFIX = "score_";

const revalidateReview = ({ proposalId, planSlug }: { proposalId: string; planSlug: string }) => {
  revalidatePath(`/proposals/${proposalId}/assess`);
  revalidatePath(`/plans/${planSlug}/review`);
};

/**
 * The proposal under assessment, in the action's transaction, once `lock` holds its row. Scoring holds
 * it shared and declaring holds it exclusively, so an interest declared while a sheet is being saved
 * waits for the sheet, then withdraws it; the sheet never lands after the declaration.
 */
async function loadAssessable(tx: Database, proposalId: string, lock: RowLock) {
  await lockProposalRows(tx, proposalId, { proposal: lock });
  const proposal = await getProposalForAssessment(tx, proposalId);
  if (!proposal || !(publicProposalStatuses as readonly string[]).includes(proposal.status)) throw new ActionError("This proposal cannot be assessed.");
  return proposal;
}

/** A reviewer scores a proposal on every criterion of its plan, with notes and priority tags. */
export const saveAssessmentAction = defineAction({
  schema: z.looseObject({
    proposalId: z.uuid(),
    notes: z.string().trim().max(5000, "Use 5,000 characters or fewer").default(""),
    priorityIds: formArray(z.uuid("Choose priorities from the list"), 50),
  }),
  async load(tx, input, actor) {
    const proposal = await loadAssessable(tx, input.proposalId, "share");
    const [interestDeclared, criteria, priorities] = await Promise.all([
      isInterestDeclared(tx, proposal.id, actor.id),
      listPlanCriteria(tx, proposal.planId),
      listPlanPriorities(tx, proposal.planId),
    ]);
    return { proposal, interestDeclared, criteria, priorities };
  },
  // The declaration is read from the database: a form could claim anything.
  policy: (actor, { interestDeclared }) => authorize(actor, "assessment.score", { interestDeclared }),
  async run({ tx, actor, input, resource: { proposal, criteria, priorities } }) {
    if (hasOrganisationalInterest(actor.memberships, proposal.organisationId)) {
      throw new ActionError(`You belong to ${proposal.organisationName ?? "the organisation"} behind this proposal: declare your interest instead of scoring it.`);
    }
    const submitted = Object.fromEntries(Object.entries(input).filter(([key]) => key.startsWith(SCORE_PREFIX)).map(([key, value]) => [key.slice(SCORE_PREFIX.length), value]));
    const sheet = checkScoreSheet(criteria, submitted);
    if (!sheet.ok) {
      const [criterionId, message] = Object.entries(sheet.errors)[0] ?? ["form", "Score every criterion"];
      throw new ActionError(message, criterionId === "form" ? undefined : `${SCORE_PREFIX}${criterionId}`);
    }
    const known = new Set(priorities.map((p) => p.id));
    if (input.priorityIds.some((id) => !known.has(id))) throw new ActionError("Choose priorities from this plan's list.", "priorityIds");
    const assessmentId = await saveAssessment(tx, { proposalId: proposal.id, reviewerId: actor.id, notes: input.notes, scores: sheet.scores, priorityIds: [...new Set(input.priorityIds)] });
    await recordAudit(tx, { actorId: actor.id, action: "assessment.save", entityType: "proposal", entityId: proposal.id, details: { assessmentId, scores: sheet.scores, priorityIds: input.priorityIds } });
    return { proposalId: proposal.id, planSlug: proposal.planSlug };
  },
  after: revalidateReview,
  successMessage: "Your assessment is saved.",
});

/** A reviewer declares an interest; from then on they cannot score the proposal. */
export const declareInterestAction = defineAction({
  schema: z.object({
    proposalId: z.uuid(),
    reason: z.string().trim().min(10, "Say in at least 10 characters what your interest is").max(500, "Use 500 characters or fewer"),
  }),
  load: (tx, input) => loadAssessable(tx, input.proposalId, "no key update"),
  // Only those who could score have an interest to declare; declaring never needs a clean record.
  policy: (actor) => authorize(actor, "assessment.score"),
  async run({ tx, actor, input, resource: proposal }) {
    const { removedAssessment } = await declareInterest(tx, { proposalId: proposal.id, reviewerId: actor.id, reason: input.reason });
    await recordAudit(tx, { actorId: actor.id, action: "assessment.declare_interest", entityType: "proposal", entityId: proposal.id, reason: input.reason, details: { removedAssessment } });
    return { proposalId: proposal.id, planSlug: proposal.planSlug, removedAssessment };
  },
  after: revalidateReview,
  successMessage: ({ removedAssessment }) => (removedAssessment ? "Interest declared. Your earlier scores were withdrawn and you cannot score this proposal." : "Interest declared. You cannot score this proposal."),
});
