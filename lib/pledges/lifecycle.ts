import { can, type Actor } from "../policy";
import type { PledgeKind } from "./kinds";
import type { NeedStatus, PledgeStatus } from "./statuses";

/**
 * The pledge lifecycle (docs/DESIGN.md §3): the author confirms or declines an offer; a confirmed pledge is
 * delivered later; either side may withdraw before delivery. Delivered, declined and withdrawn are final,
 * so the ledger's history cannot be rewritten after the event.
 */
const transitions: Record<PledgeStatus, readonly PledgeStatus[]> = {
  offered: ["confirmed", "declined", "withdrawn"],
  confirmed: ["delivered", "withdrawn"],
  declined: [],
  delivered: [],
  withdrawn: [],
};

export type PledgeTransition = "confirmed" | "declined" | "delivered" | "withdrawn";

export function canTransition(from: PledgeStatus, to: PledgeStatus): boolean {
  return transitions[from].includes(to);
}

/** The statuses a pledge may move to `to` from: used in the `where` of the update, so a stale click cannot skip a step. */
export function statusesBefore(to: PledgeTransition): PledgeStatus[] {
  return (Object.keys(transitions) as PledgeStatus[]).filter((from) => canTransition(from, to));
}

const doneVerbs: Record<Exclude<PledgeStatus, "offered">, string> = {
  confirmed: "has already been confirmed",
  declined: "has been declined",
  delivered: "has already been delivered",
  withdrawn: "has been withdrawn",
};

const transitionVerbs: Record<PledgeTransition, string> = {
  confirmed: "confirmed",
  declined: "declined",
  delivered: "marked delivered",
  withdrawn: "withdrawn",
};

/** Why a pledge cannot move, in words for the person who clicked. */
export function transitionRefusal(from: PledgeStatus, to: PledgeTransition): string {
  if (from === "offered") return `The proposer has not confirmed this pledge yet, so it cannot be ${transitionVerbs[to]}.`;
  return `This pledge ${doneVerbs[from]}, so it can no longer be ${transitionVerbs[to]}.`;
}

/**
 * A need answered by a pledge of the same kind is met while that pledge is confirmed or delivered,
 * and open again if it is withdrawn. A need the author closed stays closed whatever happens to pledges.
 */
export function needStatusFor(need: { kind: PledgeKind; status: NeedStatus }, answering: readonly { kind: PledgeKind; status: PledgeStatus }[]): NeedStatus {
  if (need.status === "closed") return "closed";
  const met = answering.some((pledge) => pledge.kind === need.kind && (pledge.status === "confirmed" || pledge.status === "delivered"));
  return met ? "met" : "open";
}

export interface PledgeParties {
  status: PledgeStatus;
  pledgerId: string;
  organisationId: string | null;
}

/** The buttons a person sees on a pledge: the same permission table the actions enforce, plus the lifecycle. */
export function pledgeTransitionsFor(actor: Actor | null, pledge: PledgeParties, proposalAuthorId: string): PledgeTransition[] {
  const resource = { pledgerId: pledge.pledgerId, organisationId: pledge.organisationId, proposalAuthorId };
  const allowed: PledgeTransition[] = [];
  if (can(actor, "pledge.decide", resource)) allowed.push("confirmed", "declined");
  if (can(actor, "pledge.markDelivered", resource)) allowed.push("delivered");
  if (can(actor, "pledge.withdraw", resource)) allowed.push("withdrawn");
  return allowed.filter((to) => canTransition(pledge.status, to));
}
