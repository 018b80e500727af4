import { and, asc, eq, inArray, notExists, sql } from "drizzle-orm";
import { checkResponseMove, responseStatuses, type ResponseStatus } from "@/lib/review/assessments";
import type { Database } from "../../connect";
import { areas, officialResponses, plans, proposals } from "../../schema";

/**
 * A proposal's official responses, oldest first, for its public page. The responding officer is
 * left out: the public sees the body that gave the response, not a member of staff's name.
 */
export function listOfficialResponses(db: Database, proposalId: string) {
  return db
    .select({ id: officialResponses.id, status: officialResponses.status, body: officialResponses.body, respondingBody: officialResponses.respondingBody, createdAt: officialResponses.createdAt })
    .from(officialResponses)
    .where(eq(officialResponses.proposalId, proposalId))
    .orderBy(asc(officialResponses.createdAt), asc(officialResponses.id));
}

export type OfficialResponse = Awaited<ReturnType<typeof listOfficialResponses>>[number];

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

/**
 * Stores a response and, when it accompanies a new status, moves the proposal there. The proposal
 * row is locked so two officers responding at once cannot both move it; the status update is
 * scoped by the status read, so a change made meanwhile refuses rather than overwrites.
 */
export async function publishOfficialResponse(db: Database, input: ResponseInput): Promise<PublishResult> {
  const [proposal] = await db
    .select({ id: proposals.id, status: proposals.status, title: proposals.title })
    .from(proposals)
    .where(eq(proposals.id, input.proposalId))
    .for("update");
  if (!proposal) return { ok: false, reason: "This proposal no longer exists." };
  const [plan] = await db
    .select({ slug: plans.slug, phase: plans.phase })
    .from(plans)
    .innerJoin(proposals, eq(proposals.planId, plans.id))
    .where(eq(proposals.id, proposal.id));
  if (!plan) return { ok: false, reason: "This proposal no longer exists." };
  const move = checkResponseMove(proposal.status, input.status, plan.phase);
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
  return { ok: true, responseId: response.id, from: proposal.status, changedStatus: move.changesStatus, title: proposal.title, planSlug: plan.slug };
}

/**
 * Proposals whose current status is one people are owed a response for, with no response for it
 * yet. The status change has no timestamp of its own, so the proposal's last update stands in
 * for when the wait began.
 */
export function listProposalsAwaitingResponse(db: Database, planId: string) {
  return db
    .select({ id: proposals.id, title: proposals.title, status: proposals.status, areaName: areas.name, waitingSince: proposals.updatedAt })
    .from(proposals)
    .innerJoin(areas, eq(areas.id, proposals.areaId))
    .where(
      and(
        eq(proposals.planId, planId),
        inArray(proposals.status, [...responseStatuses]),
        notExists(
          db
            .select({ one: sql`1` })
            .from(officialResponses)
            .where(and(eq(officialResponses.proposalId, proposals.id), eq(officialResponses.status, proposals.status))),
        ),
      ),
    )
    .orderBy(asc(proposals.updatedAt), asc(proposals.id));
}
