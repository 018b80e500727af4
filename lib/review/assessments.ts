import type { OrganisationRole } from "../policy";
import type { Phase } from "../plans/phases";
import { proposalStatusLabels, type ProposalStatus } from "../proposals/statuses";

/** Reviewers score each criterion on this scale (the database checks it too). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export interface Criterion {
  id: string;
  name: string;
}

/** One reviewer's scores, criterion id → score. */
export interface ScoreSheet {
  reviewerId: string;
  scores: Readonly<Record<string, number>>;
}

export interface CriterionSummary {
  criterionId: string;
  name: string;
  /** Mean to one decimal place; null when nobody has scored it. */
  mean: number | null;
  min: number | null;
  max: number | null;
  count: number;
}

export interface CombinedScores {
  criteria: CriterionSummary[];
  /** Mean of the criterion means, to one decimal place; null when nothing is scored. */
  overall: number | null;
  /** The lowest and highest of the reviewers' own averages: how far the reviewers disagree overall. */
  overallMin: number | null;
  overallMax: number | null;
  reviewerCount: number;
}

export const roundToOneDecimal = (value: number) => Math.round(value * 10) / 10;

function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null;
}

/** Combines several reviewers' sheets per criterion: the mean and the spread (min–max). */
export function combineScores(criteria: readonly Criterion[], sheets: readonly ScoreSheet[]): CombinedScores {
  const summaries = criteria.map((criterion): CriterionSummary => {
    const values = sheets.map((sheet) => sheet.scores[criterion.id]).filter((v): v is number => typeof v === "number");
    const average = mean(values);
    return {
      criterionId: criterion.id,
      name: criterion.name,
      mean: average === null ? null : roundToOneDecimal(average),
      min: values.length ? Math.min(...values) : null,
      max: values.length ? Math.max(...values) : null,
      count: values.length,
    };
  });
  // Unrounded means are averaged so rounding happens once, at the end.
  const criterionMeans = criteria
    .map((criterion) => mean(sheets.map((s) => s.scores[criterion.id]).filter((v): v is number => typeof v === "number")))
    .filter((v): v is number => v !== null);
  const overall = mean(criterionMeans);
  const reviewerAverages = sheets
    .map((sheet) => mean(criteria.map((c) => sheet.scores[c.id]).filter((v): v is number => typeof v === "number")))
    .filter((v): v is number => v !== null);
  return {
    criteria: summaries,
    overall: overall === null ? null : roundToOneDecimal(overall),
    overallMin: reviewerAverages.length ? roundToOneDecimal(Math.min(...reviewerAverages)) : null,
    overallMax: reviewerAverages.length ? roundToOneDecimal(Math.max(...reviewerAverages)) : null,
    reviewerCount: reviewerAverages.length,
  };
}

/** "2–4", or one number when everyone agrees; "—" when nothing is scored. */
export function formatSpread(min: number | null, max: number | null): string {
  if (min === null || max === null) return "—";
  return min === max ? String(min) : `${min}–${max}`;
}

export type SheetCheck =
  | { ok: true; scores: { criterionId: string; score: number }[] }
  | { ok: false; errors: Record<string, string> };

/**
 * Checks a submitted score sheet against the plan's criteria: every criterion needs a whole
 * score from 1 to 5, and scores for criteria the plan does not have are refused.
 */
export function checkScoreSheet(criteria: readonly Criterion[], submitted: Readonly<Record<string, unknown>>): SheetCheck {
  const errors: Record<string, string> = {};
  const scores: { criterionId: string; score: number }[] = [];
  for (const criterion of criteria) {
    const raw = submitted[criterion.id];
    const value = typeof raw === "string" ? (raw.trim() === "" ? Number.NaN : Number(raw)) : typeof raw === "number" ? raw : Number.NaN;
    if (Number.isNaN(value)) errors[criterion.id] = `Choose a score for ${criterion.name}`;
    else if (!Number.isInteger(value) || value < SCORE_MIN || value > SCORE_MAX) errors[criterion.id] = `Score ${criterion.name} from ${SCORE_MIN} to ${SCORE_MAX}`;
    else scores.push({ criterionId: criterion.id, score: value });
  }
  const known = new Set(criteria.map((c) => c.id));
  for (const key of Object.keys(submitted)) {
    if (!known.has(key)) errors[key] = "This plan has no such criterion";
  }
  if (criteria.length === 0) errors.form = "This plan has no assessment criteria yet";
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, scores };
}

/**
 * A reviewer who belongs to the organisation a proposal is made for has an interest: they must
 * declare it and may not score (issue 7). Membership at any role counts.
 */
export function hasOrganisationalInterest(memberships: Readonly<Record<string, OrganisationRole>>, proposalOrganisationId: string | null | undefined): boolean {
  return Boolean(proposalOrganisationId && memberships[proposalOrganisationId]);
}

/** Whether a reviewer may score: a declared interest, or an undeclared one through membership, refuses it. */
export function scoringConflict(input: {
  memberships: Readonly<Record<string, OrganisationRole>>;
  proposalOrganisationId: string | null | undefined;
  interestDeclared: boolean;
}): "declared" | "undeclared_membership" | null {
  if (input.interestDeclared) return "declared";
  if (hasOrganisationalInterest(input.memberships, input.proposalOrganisationId)) return "undeclared_membership";
  return null;
}

// Official responses -------------------------------------------------------------------------

/** The status changes a person cares about; each carries public text. */
export const responseStatuses = ["shortlisted", "not_selected", "selected", "adopted", "in_delivery", "delivered"] as const satisfies readonly ProposalStatus[];
export type ResponseStatus = (typeof responseStatuses)[number];

export const responseStatusLabels: Record<ResponseStatus, string> = {
  shortlisted: "Shortlisted",
  not_selected: "Not taken forward",
  selected: "Selected",
  adopted: "Adopted into the plan",
  in_delivery: "In delivery",
  delivered: "Delivered",
};

/** Where a proposal may move when staff respond; the outcome count makes the ballot moves itself. */
const responseTransitions: Record<ResponseStatus, readonly ProposalStatus[]> = {
  shortlisted: ["published"],
  not_selected: ["published", "shortlisted", "on_ballot"],
  selected: ["shortlisted", "on_ballot"],
  adopted: ["selected"],
  in_delivery: ["adopted", "selected"],
  delivered: ["in_delivery"],
};

export type ResponseMove = { ok: true; changesStatus: boolean } | { ok: false; reason: string };

/**
 * Whether a response with this status fits a proposal's current status: it either explains the
 * status the proposal already has, or moves it one sensible step on.
 */
export function checkResponseMove(current: ProposalStatus, target: ResponseStatus, planPhase?: Phase): ResponseMove {
  if (current === target) return { ok: true, changesStatus: false };
  if (!responseTransitions[target].includes(current)) {
    return { ok: false, reason: `A proposal that is “${proposalStatusLabels[current]}” cannot be marked “${responseStatusLabels[target]}”.` };
  }
  // The ballot is built from the shortlist when voting opens, so a later shortlisting would never reach it.
  if (target === "shortlisted" && planPhase && planPhase !== "ideas" && planPhase !== "review") {
    return { ok: false, reason: "Proposals can only be shortlisted while the plan is in its ideas or review phase." };
  }
  return { ok: true, changesStatus: true };
}

export function isResponseStatus(status: string): status is ResponseStatus {
  return (responseStatuses as readonly string[]).includes(status);
}

/** Whole days between two instants, for "waiting 12 days". */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 86_400_000));
}
