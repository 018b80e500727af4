import { phaseOrder, type Phase } from "../labels";

/** Plans move forward one phase at a time; nothing skips review or voting. */
export function nextPhase(phase: Phase): Phase | null {
  const index = phaseOrder.indexOf(phase);
  return phaseOrder[index + 1] ?? null;
}

export type PhaseChangeCheck = { ok: true } | { ok: false; reason: string };

export interface PhaseFacts {
  shortlistedCount: number;
  ballotCount: number;
}

/** Whether a plan may move from one phase to another, and why not. */
export function checkPhaseChange(from: Phase, to: Phase, facts: PhaseFacts): PhaseChangeCheck {
  if (nextPhase(from) !== to) return { ok: false, reason: `A plan in its ${from} phase can only move on to ${nextPhase(from) ?? "no other phase"}.` };
  if (to === "voting" && facts.shortlistedCount === 0) return { ok: false, reason: "Shortlist at least one proposal before opening voting." };
  return { ok: true };
}

/** Minimum length of the reason an officer gives for shortlisting an idea below the threshold. */
export const SHORTLIST_REASON_MIN = 10;
