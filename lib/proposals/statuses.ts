import type { BadgeTone } from "../shared/badge-tone";

/** A proposal's lifecycle (docs/DESIGN.md §3). The database enum and every status list derive from this tuple. */
export const proposalStatuses = [
  "draft",
  "published",
  "shortlisted",
  "on_ballot",
  "selected",
  "not_selected",
  "adopted",
  "in_delivery",
  "delivered",
  "withdrawn",
  "hidden",
] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

export const proposalStatusLabels = {
  draft: "Draft",
  published: "Published",
  shortlisted: "Shortlisted",
  on_ballot: "On the ballot",
  selected: "Selected",
  not_selected: "Not selected",
  adopted: "Adopted into the plan",
  in_delivery: "In delivery",
  delivered: "Delivered",
  withdrawn: "Withdrawn",
  hidden: "Hidden by a moderator",
} as const satisfies Record<ProposalStatus, string>;

export const proposalStatusTones: Record<ProposalStatus, BadgeTone> = {
  draft: "neutral",
  published: "info",
  shortlisted: "info",
  on_ballot: "info",
  selected: "success",
  not_selected: "neutral",
  adopted: "success",
  in_delivery: "success",
  delivered: "success",
  withdrawn: "neutral",
  hidden: "danger",
};

/** Statuses the public may see; drafts and hidden proposals stay with their author and moderators. */
export const publicProposalStatuses = [
  "published",
  "shortlisted",
  "on_ballot",
  "selected",
  "not_selected",
  "adopted",
  "in_delivery",
  "delivered",
] as const satisfies readonly ProposalStatus[];
export type PublicProposalStatus = (typeof publicProposalStatuses)[number];

/** Adopted into the plan: the statuses on which delivery can be reported and which the plan document lists. */
export const adoptedProposalStatuses = ["adopted", "in_delivery", "delivered"] as const satisfies readonly ProposalStatus[];

