import { formatPence } from "@/lib/shared/money";
import type { Reason } from "./types";

// Wording for outcome explanations (British English). Money is integer pence, shown in pounds.

export interface ExplainContext {
  readonly votes: number;
  readonly cost: number;
  /** Label of the ring-fence that decided the project, or null for the open stage. */
  readonly stage: string | null;
  /** Points ballots: the count is of points given, not of votes. */
  readonly points?: boolean;
}

export function describeReason(reason: Reason, context: ExplainContext): string {
  const sentence = describe(reason, context);
  return context.stage === null ? sentence : `${sentence} Decided within the ${context.stage} ring-fence.`;
}

function describe(reason: Reason, { votes, cost, points }: ExplainContext): string {
  switch (reason.kind) {
    case "no-votes":
      return points ? "Nobody gave it any points." : "Nobody voted for it.";
    case "free":
      if (points) return `Selected: it costs nothing and was given ${countOf(votes, "point", "points")}.`;
      return `Selected: it costs nothing and ${countOf(votes, "person", "people")} voted for it.`;
    case "greedy-selected":
      return `Selected: with ${points ? countOf(votes, "point", "points") : countOf(votes, "vote", "votes")} it ranked ${ordinal(reason.rank)} and fitted the ${formatPence(reason.left)} left.`;
    case "did-not-fit":
      return `Did not fit the ${formatPence(reason.left)} left.`;
    case "mes-selected":
      if (reason.supporters === 1) return `Selected in round ${reason.round}: its one supporter paid the ${formatPence(cost)} cost.`;
      return (
        `Selected in round ${reason.round}: its ${countOf(reason.supporters, "supporter", "supporters")} ` +
        `shared the ${formatPence(cost)} cost, none paying more than ${formatPence(reason.maxShare)}.`
      );
    case "not-covered":
      return `Its supporters' remaining shares covered ${formatPence(reason.covered)} of ${formatPence(reason.cost)}.`;
  }
}

function countOf(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n.toLocaleString("en-GB")}${suffix}`;
}
