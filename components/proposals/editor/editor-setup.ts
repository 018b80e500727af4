import type { PledgeKind } from "@/lib/pledges/kinds";
import type { ProposalContent } from "@/lib/proposals/proposal-content";
import { penceToPoundsInput } from "@/lib/shared/money-input";
import { emptyValues, type EditorPhoto, type EditorValues } from "./editor-values";

interface StoredProposal extends ProposalContent {
  status: string;
}

/** A stored proposal as the form shows it again. */
export function valuesFromProposal(proposal: StoredProposal, needs: readonly { id: string; kind: PledgeKind; description: string }[]): EditorValues {
  return {
    title: proposal.title,
    summary: proposal.summary,
    body: proposal.body,
    themeId: proposal.themeId,
    areaId: proposal.areaId,
    // A draft's 0 means "no cost typed yet" (see contentValues in the propose actions); a live proposal never has 0.
    cost: proposal.status === "draft" && proposal.estimatedCostPence === 0 ? "" : penceToPoundsInput(proposal.estimatedCostPence),
    latitude: proposal.latitude === null ? "" : String(proposal.latitude),
    longitude: proposal.longitude === null ? "" : String(proposal.longitude),
    organisationId: proposal.organisationId ?? "",
    needs: needs.map((need) => ({ key: `need-${need.id}`, id: need.id, kind: need.kind, description: need.description })),
  };
}

/** A fresh form, with the person's home neighbourhood chosen when it is one of the plan's. */
export function freshValues(homeAreaId: string | null, areaIds: readonly string[]): EditorValues {
  return { ...emptyValues, areaId: homeAreaId && areaIds.includes(homeAreaId) ? homeAreaId : "" };
}

export function photosForEditor(photos: readonly { id: string; storageKey: string; altText: string; width: number; height: number }[]): EditorPhoto[] {
  return photos.map((photo) => ({ id: photo.id, url: `/photos/${photo.storageKey}`, alt: photo.altText, width: photo.width, height: photo.height }));
}
