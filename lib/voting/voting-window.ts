import type { Phase } from "../plans/phases";
import { formatDate } from "../shared/dates";

export interface VotingWindowFacts {
  phase: Phase;
  /** When the voting phase ends, if the plan set an end. */
  votingEndsAt: Date | null;
}

/**
 * Whether a ballot may be cast or changed at `now`. The end date residents were shown is binding:
 * once it passes, voting is closed whatever the phase column still says (issue 13, point 3).
 */
export function isVotingOpen(plan: VotingWindowFacts, now: Date): boolean {
  if (plan.phase !== "voting") return false;
  return plan.votingEndsAt === null || now.getTime() < plan.votingEndsAt.getTime();
}

const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/London" });

/** "18:00 on 1 November 2026", in UK time whatever the server's zone. */
export function formatClosingTime(date: Date): string {
  return `${timeFormat.format(date)} on ${formatDate(date)}`;
}

/** "Voting closed at 18:00 on 1 November 2026." */
export function votingClosedMessage(endsAt: Date): string {
  return `Voting closed at ${formatClosingTime(endsAt)}.`;
}

/** "Voting closes at 18:00 on 1 November 2026." */
export function votingClosesMessage(endsAt: Date): string {
  return `Voting closes at ${formatClosingTime(endsAt)}.`;
}

/**
 * Why a ballot cast now is too late though the phase still says voting, or null. Other phases are the
 * policy's to refuse, with its own words.
 */
export function lateBallotRefusal(plan: VotingWindowFacts, now: Date): string | null {
  if (plan.phase !== "voting" || !plan.votingEndsAt || isVotingOpen(plan, now)) return null;
  return votingClosedMessage(plan.votingEndsAt);
}
