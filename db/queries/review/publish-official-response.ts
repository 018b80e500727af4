import { and, eq } from "drizzle-orm";
import type { Phase } from "@/lib/plans/phases";
import type { ProposalStatus } from "@/lib/proposals/statuses";
import { checkResponseMove, type ResponseStatus } from "@/lib/review/assessments";
import type { Database } from "../../connect";
import { officialResponses, proposals } from "../../schema";
import { lockProposalRows, type ProposalLocks } from "../proposals/lock-proposal-rows";
import { getProposalForAssessment } from "./get-proposal-for-assessment";

export interface ResponseInput {
  proposalId: string;
  status: ResponseStatus;
  body: string;
  respondingBody: string;
  respondedBy: string;
}

export type PublishResult =
  | { ok: true; responseId: string; from: string; changedStatus: boolean; title: string; planSlug: string }
  | { ok: false; reason: string };

/** The proposal a response is about, as read once the caller holds `responseLocks`. */
export interface ResponseTarget {
  id: string;
  status: ProposalStatus;
  title: string;
  planSlug: string;
  planPhase: Phase;
}

/**
 * Held while a response is published: the plan, whose phase decides whether a shortlisting may
 * happen, and the proposal, so two officers responding at once cannot both move it.
 */
export const responseLocks: ProposalLocks = { plan: "share", proposal: "no key update" };

/**
 * Stores a response about a proposal the caller loaded under `responseLocks` and, when it accompanies
 * a new status, moves the proposal there. The status update is scoped by the status read, so a
 * change made meanwhile refuses rather than overwrites.
 */
export async function recordOfficialResponse(db: Database, proposal: ResponseTarget, input: ResponseInput): Promise<PublishResult> {
  const move = checkResponseMove(proposal.status, input.status, proposal.planPhase);
  if (!move.ok) return move;
  if (move.changesStatus) {
    const updated = await db
      .update(proposals)
      .set({ status: input.status, ...(input.status === "shortlisted" ? { shortlistReason: input.body } : {}) })
      .where(and(eq(proposals.id, proposal.id), eq(proposals.status, proposal.status)))
      .returning({ id: proposals.id });
    if (!updated.length) return { ok: false, reason: "This proposal's status changed while you were writing. Please check it and try again." };
  }
  const [response] = await db
    .insert(officialResponses)
    .values({ proposalId: proposal.id, status: input.status, body: input.body, respondingBody: input.respondingBody, respondedBy: input.respondedBy })
    .returning({ id: officialResponses.id });
  if (!response) throw new Error("response not saved");
  return { ok: true, responseId: response.id, from: proposal.status, changedStatus: move.changesStatus, title: proposal.title, planSlug: proposal.planSlug };
}

/** The whole use case in one call, for callers without a load step of their own: hold, read, record. */
export async function publishOfficialResponse(db: Database, input: ResponseInput): Promise<PublishResult> {
  await lockProposalRows(db, input.proposalId, responseLocks);
  const proposal = await getProposalForAssessment(db, input.proposalId);
  if (!proposal) return { ok: false, reason: "This proposal no longer exists." };
  return recordOfficialResponse(db, proposal, input);
}
