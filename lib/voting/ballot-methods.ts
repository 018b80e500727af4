/** How voters fill in a ballot (docs/DESIGN.md §5). */
export const ballotMethods = ["approval", "knapsack", "cumulative"] as const;
export type BallotMethod = (typeof ballotMethods)[number];

export const ballotMethodLabels = {
  approval: "Approval: choose up to a number of projects",
  knapsack: "Budget: choose projects whose total cost fits the budget",
  cumulative: "Points: spread your points across projects",
} as const satisfies Record<BallotMethod, string>;

/** Where a ballot came from: cast on the site, entered from paper by an officer, or imported. */
export const ballotSources = ["online", "paper", "imported"] as const;
export type BallotSource = (typeof ballotSources)[number];
