import type { BadgeTone } from "../shared/badge-tone";

/** A pledge's lifecycle (docs/DESIGN.md §3); the transitions between them are in ./pledges.ts. */
export const pledgeStatuses = ["offered", "confirmed", "declined", "delivered", "withdrawn"] as const;
export type PledgeStatus = (typeof pledgeStatuses)[number];

export const pledgeStatusLabels = {
  offered: "Offered",
  confirmed: "Confirmed",
  declined: "Declined",
  delivered: "Delivered",
  withdrawn: "Withdrawn",
} as const satisfies Record<PledgeStatus, string>;

export const pledgeStatusTones: Record<PledgeStatus, BadgeTone> = {
  offered: "info",
  confirmed: "success",
  delivered: "success",
  declined: "neutral",
  withdrawn: "neutral",
};

/** Pledges that still stand: offered, confirmed or delivered (not declined or withdrawn). What the measures count as brought. */
export const standingPledgeStatuses = ["offered", "confirmed", "delivered"] as const satisfies readonly PledgeStatus[];

export const needStatuses = ["open", "met", "closed"] as const;
export type NeedStatus = (typeof needStatuses)[number];

/** An organisation's offer to partner on a proposal, which the author agrees to or declines. */
export const partnerStatuses = ["proposed", "agreed", "declined"] as const;
export type PartnerStatus = (typeof partnerStatuses)[number];

/** What the author can answer to an offer. */
export const partnerDecisions = ["agreed", "declined"] as const satisfies readonly PartnerStatus[];
export type PartnerDecision = (typeof partnerDecisions)[number];
