import { formatClosingTime } from "../voting/voting-window";
import type { PhaseDates } from "./phase-dates";
import { nextPhase, type Phase } from "./phases";

export interface ScheduledPlan {
  phase: Phase;
  /** The officer chose "advance automatically": dated phases move on without a click. */
  autoAdvance: boolean;
}

/**
 * The phase a plan is due to move on to at `now`, or null while it stays where it is.
 *
 * Voting closes at its end time whatever the plan's setting: residents were told that time and a
 * ballot after it is refused anyway (lib/voting/voting-window.ts), so waiting for a click would only
 * delay the count. Any other phase moves on only when the officer chose "advance automatically",
 * once its end has passed and the next phase's start, if that is set, has come: a gap the officer
 * left between two phases is kept.
 */
export function duePhaseAdvance(plan: ScheduledPlan, phases: readonly PhaseDates[], now: Date): Phase | null {
  const to = nextPhase(plan.phase);
  const current = phases.find((p) => p.phase === plan.phase);
  if (!to || !current?.endsAt || now < current.endsAt) return null;
  if (plan.phase === "voting") return to;
  if (!plan.autoAdvance) return null;
  const next = phases.find((p) => p.phase === to);
  return next && now < next.startsAt ? null : to;
}

/**
 * What the audit log says about the timing of a phase change at `now`: the phase's scheduled end,
 * and whether the change came before it (an officer closing early is on the record).
 */
export function phaseChangeTiming(phase: Phase, phases: readonly PhaseDates[], now: Date): { scheduledEnd: string; early: boolean } | null {
  const endsAt = phases.find((p) => p.phase === phase)?.endsAt;
  if (!endsAt) return null;
  return { scheduledEnd: endsAt.toISOString(), early: now < endsAt };
}

/** What the officer's phase card says about the clock, or null when the phase has no end set. */
export function describePhaseSchedule(plan: ScheduledPlan, phases: readonly PhaseDates[]): string | null {
  const endsAt = phases.find((p) => p.phase === plan.phase)?.endsAt;
  if (!endsAt || !nextPhase(plan.phase)) return null;
  const when = formatClosingTime(endsAt);
  if (plan.phase === "voting") return `Voting closes by itself at ${when} and the ballots are counted then. Closing it sooner is recorded in the audit log as an early close.`;
  if (plan.autoAdvance) return `This phase moves on by itself at ${when}, or when the next phase starts if that is later.`;
  return `This phase is due to end at ${when}. Move it on when you are ready, or choose “advance automatically” in the plan settings.`;
}
