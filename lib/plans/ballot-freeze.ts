import type { ProposalStatus } from "../proposals/statuses";
import type { Phase } from "./phases";

/**
 * Phases in which the ballot is frozen: from the moment voting opens until the plan is adopted, so
 * that the ballots cast and the count published (and any recount of it) judge the same projects.
 */
export const ballotFrozenPhases = ["voting", "results"] as const satisfies readonly Phase[];

/** The statuses of a project on the ballot while it is frozen: before the count, and as the count left it. */
export const ballotProjectStatuses = ["on_ballot", "selected", "not_selected"] as const satisfies readonly ProposalStatus[];

export function ballotFrozen(phase: Phase): boolean {
  return (ballotFrozenPhases as readonly Phase[]).includes(phase);
}

export function isBallotProject(status: ProposalStatus): boolean {
  return (ballotProjectStatuses as readonly ProposalStatus[]).includes(status);
}

/** Each change that could alter a ballot project, or which projects a ring-fence counts. */
export const ballotChanges = ["withdraw", "status", "finalCost", "edit", "merge", "hide", "areaDeciles"] as const;
export type BallotChange = (typeof ballotChanges)[number];

const frozenReasons: Record<BallotChange, string> = {
  withdraw: "it is on the ballot, and withdrawing it would change a vote people have already cast. You can withdraw it once the plan is adopted",
  status: "it is on the ballot, and only the count decides whether it is selected",
  finalCost: "it is on the ballot, and its cost decides what the budget can fund",
  edit: "it is on the ballot, and people are voting on what it says now",
  merge: "one of them is on the ballot, and merging would change what people voted for",
  hide: "it is on the ballot, and hiding it would take it out of the count. To take unlawful text out of view, tick “Take the text out of view but keep it on the ballot”",
  areaDeciles: "it would change the deprivation decile of a neighbourhood in a plan whose ballot is frozen, and deciles decide which projects a ring-fence counts",
};

const subjects: Record<BallotChange, string> = {
  withdraw: "This proposal cannot be withdrawn now",
  status: "This proposal's status cannot change now",
  finalCost: "This proposal's cost cannot change now",
  edit: "This proposal cannot be edited now",
  merge: "These proposals cannot be merged now",
  hide: "This proposal cannot be hidden now",
  areaDeciles: "This import cannot be applied now",
};

/** Why a change is refused while voting is open or its result stands. */
export function ballotFrozenMessage(change: BallotChange): string {
  return `${subjects[change]}: ${frozenReasons[change]}.`;
}

export type FreezeCheck = { ok: true } | { ok: false; reason: string };

/**
 * Whether a change to a proposal may go ahead in this phase: refused when the ballot is frozen and the
 * proposal is one of its projects. A proposal that never reached the ballot changes no vote.
 */
export function checkProposalChange(change: Exclude<BallotChange, "areaDeciles">, planPhase: Phase, ...statuses: ProposalStatus[]): FreezeCheck {
  if (!ballotFrozen(planPhase) || !statuses.some(isBallotProject)) return { ok: true };
  return { ok: false, reason: ballotFrozenMessage(change) };
}

/** Whether an area import may change deciles, given the phases of the plans whose areas it changes. */
export function checkDecileChange(affectedPlanPhases: readonly Phase[]): FreezeCheck {
  return affectedPlanPhases.some(ballotFrozen) ? { ok: false, reason: ballotFrozenMessage("areaDeciles") } : { ok: true };
}

/**
 * Whether a proposal's text was taken out of view while it stays counted: a moderator's reason on a
 * proposal that is not hidden (db/queries/moderation/hide-proposal-text.ts).
 */
export function isTextOutOfView(proposal: { status: ProposalStatus; hiddenReason: string | null }): boolean {
  return proposal.status !== "hidden" && proposal.hiddenReason !== null;
}
