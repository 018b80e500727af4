/** Words people see for the domain's codes, in one place so every page says the same thing. */

export const phaseLabels = {
  draft: "Draft",
  ideas: "Ideas",
  review: "Review",
  voting: "Voting",
  results: "Results",
  adopted: "Adopted",
  delivery: "Delivery",
} as const;

export type Phase = keyof typeof phaseLabels;

export const phaseOrder: readonly Phase[] = ["draft", "ideas", "review", "voting", "results", "adopted", "delivery"];

/** What a person can do in each phase, in plain words for the plan page. */
export const phaseInvitations: Record<Phase, string> = {
  draft: "This plan is being prepared by the council and is not open yet.",
  ideas: "Propose an idea, pledge what you can bring, discuss and support the ideas you like.",
  review: "Officers are shortlisting ideas and the LEP is assessing them against the plan's priorities.",
  voting: "Voting is open: choose the projects you want in the plan.",
  results: "Voting has closed. See which projects were chosen and why.",
  adopted: "The people's plan has been adopted. Follow how each project is delivered.",
  delivery: "Projects are being delivered. Follow their progress.",
};

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
} as const;

export type ProposalStatus = keyof typeof proposalStatusLabels;

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

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

export const sectorLabels = {
  community_voluntary: "Community and voluntary",
  social_enterprise: "Social enterprise",
  business: "Business",
  public_body: "Public body",
} as const;

export type Sector = keyof typeof sectorLabels;

export const pledgeKindLabels = {
  volunteer_hours: "Volunteer time",
  money: "Money",
  premises: "Premises or space",
  equipment: "Equipment",
  skills: "Skills, training or mentoring",
  jobs: "Jobs or apprenticeships",
  procurement: "Procurement",
} as const;

export type PledgeKind = keyof typeof pledgeKindLabels;

export const pledgeStatusLabels = {
  offered: "Offered",
  confirmed: "Confirmed",
  declined: "Declined",
  delivered: "Delivered",
  withdrawn: "Withdrawn",
} as const;

export const stanceLabels = {
  support: "Support",
  concern: "Concern",
  question: "Question",
  idea: "Idea",
} as const;

export const ballotMethodLabels = {
  approval: "Approval: choose up to a number of projects",
  knapsack: "Budget: choose projects whose total cost fits the budget",
  cumulative: "Points: spread your points across projects",
} as const;

export const outcomeRuleLabels = {
  greedy: "Greedy (most votes first, while the money lasts)",
  mes: "Method of Equal Shares",
  mes_add1: "Method of Equal Shares, completed by raising voters' budgets (add1)",
} as const;

/** IMD decile in words: 1 is the most deprived tenth of neighbourhoods in England. */
export function describeImdDecile(decile: number): string {
  if (!Number.isInteger(decile) || decile < 1 || decile > 10) throw new RangeError(`IMD decile out of range: ${decile}`);
  if (decile === 1) return "Among the 10% most deprived neighbourhoods in England";
  if (decile === 10) return "Among the 10% least deprived neighbourhoods in England";
  if (decile <= 5) return `Among the ${decile * 10}% most deprived neighbourhoods in England`;
  return `Among the ${(11 - decile) * 10}% least deprived neighbourhoods in England`;
}
