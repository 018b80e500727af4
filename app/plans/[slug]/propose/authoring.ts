import "server-only";
import type { Database } from "@/db";
import type { SignedInPerson } from "@/db/queries/people/load-actor";
import { refreshProposalCounters } from "@/db/queries/proposals/refresh-proposal-counters";
import { getAreaInRegion } from "@/db/queries/geography/get-area";
import { getAuthoringTarget, type AuthoringTarget } from "@/db/queries/proposals/get-proposal";
import { findPlan } from "@/db/queries/plans/find-plan";
import { insertProposal } from "@/db/queries/proposals/create-proposal";
import type { ProposalContent } from "@/lib/proposals/proposal-content";
import { isThemeAllowed } from "@/db/queries/plans/list-plan-themes";
import { replaceDraftNeeds } from "@/db/queries/needs/save-proposal-needs";
import { updatePhotoAlts } from "@/db/queries/proposals/manage-proposal-photos";
import { updateProposalContent } from "@/db/queries/proposals/edit-proposal";
import { geometryContains } from "@/lib/geography/contains";
import { authorize, type Decision } from "@/lib/policy";
import type { Phase } from "@/lib/plans/phases";
import type { DraftInput } from "@/lib/proposals/proposal-validation";
import { ActionError } from "../../../_server/action";

/** Shared by the propose and edit actions: who may write, where, and the writes themselves. */

export async function loadTarget(db: Database, proposalId: string): Promise<AuthoringTarget> {
  const target = await getAuthoringTarget(db, proposalId);
  if (!target) throw new ActionError("That proposal could not be found.");
  return target;
}

interface WritingInput {
  proposalId: string | null;
  planId: string | null;
  organisationId: string | null;
}

export interface PlanPlace {
  planId: string;
  planSlug: string;
  planPhase: Phase;
  regionId: string;
  existing: AuthoringTarget | null;
}

/** The plan being written for: the existing proposal's own plan, never one named by the form. */
export async function resolvePlan(db: Database, input: WritingInput): Promise<PlanPlace> {
  if (input.proposalId) {
    const target = await loadTarget(db, input.proposalId);
    return { planId: target.planId, planSlug: target.planSlug, planPhase: target.planPhase, regionId: target.regionId, existing: target };
  }
  if (!input.planId) throw new ActionError("Choose a plan to propose your idea to.");
  const plan = await findPlan(db, input.planId);
  if (!plan) throw new ActionError("That plan could not be found.");
  return { planId: plan.id, planSlug: plan.slug, planPhase: plan.phase, regionId: plan.regionId, existing: null };
}

/**
 * Writing a new idea needs `proposal.create`; changing an existing one needs `proposal.edit`
 * (its author, while the plan takes ideas). Naming an organisation is a claim to speak for it,
 * so it needs membership too — on every save of a draft, but on a live proposal only when the
 * organisation changes, so someone who has since left can still fix a typo without re-claiming it.
 */
export function decideWriting(actor: SignedInPerson, place: PlanPlace, input: WritingInput, organisationCheck: "always" | "whenChanged"): Decision {
  const { planPhase, existing } = place;
  const decision = existing ? authorize(actor, "proposal.edit", { planPhase, authorId: existing.authorId }) : authorize(actor, "proposal.create", { planPhase });
  if (!decision.allowed) return decision;
  const organisationId = input.organisationId;
  if (organisationId && (organisationCheck === "always" || organisationId !== (existing?.organisationId ?? null))) {
    return authorize(actor, "proposal.createForOrganisation", { planPhase, organisationId });
  }
  return decision;
}

/**
 * The theme must be one of the plan's and the neighbourhood one of its region's (a foreign key
 * alone would accept another region's). When publishing, a map point must fall inside the area.
 */
export async function checkPlacement(db: Database, place: PlanPlace, input: Pick<DraftInput, "themeId" | "areaId" | "point">, checkPoint: boolean): Promise<void> {
  if (!(await isThemeAllowed(db, place.planId, place.regionId, input.themeId))) throw new ActionError("Choose one of this plan's themes", "themeId");
  const area = await getAreaInRegion(db, input.areaId, place.regionId);
  if (!area) throw new ActionError("Choose a neighbourhood from the list", "areaId");
  if (!checkPoint || !input.point) return;
  if (!area.boundary) throw new ActionError(`${area.name} has no map yet, so the point cannot be checked. Clear the point.`, "point");
  if (!geometryContains(area.boundary, input.point.longitude, input.point.latitude)) {
    throw new ActionError(`That point is outside ${area.name}. Place it inside the neighbourhood, or clear it.`, "point");
  }
}

export function contentValues(input: DraftInput): ProposalContent {
  return {
    title: input.title,
    summary: input.summary,
    body: input.body,
    themeId: input.themeId,
    areaId: input.areaId,
    organisationId: input.organisationId,
    // A draft without a cost yet is stored at 0; publishing refuses 0, so it never reaches the public.
    estimatedCostPence: input.costPence ?? 0,
    latitude: input.point?.latitude ?? null,
    longitude: input.point?.longitude ?? null,
  };
}

/** Creates the draft, or rewrites the author's own draft, with its needs, in the caller's transaction. */
export async function writeDraft(tx: Database, authorId: string, place: PlanPlace, input: DraftInput): Promise<string> {
  let proposalId: string;
  if (place.existing) {
    proposalId = place.existing.id;
    const updated = await updateProposalContent(tx, { proposalId, authorId, statuses: ["draft"] }, contentValues(input));
    if (!updated) throw new ActionError("This draft has already been published or deleted. Open it from its page or your drafts.");
  } else {
    proposalId = await insertProposal(tx, { ...contentValues(input), planId: place.planId, authorId, status: "draft" });
  }
  await replaceDraftNeeds(tx, proposalId, input.needs);
  await updatePhotoAlts(tx, proposalId, input.photos);
  await refreshProposalCounters(tx, proposalId);
  return proposalId;
}
