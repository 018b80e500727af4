/** A plan's lifecycle, in order (docs/DESIGN.md §4). The database enum and every phase list derive from this tuple. */
export const planPhases = ["draft", "ideas", "review", "voting", "results", "adopted", "delivery"] as const;
export type Phase = (typeof planPhases)[number];

export const phaseLabels = {
  draft: "Draft",
  ideas: "Ideas",
  review: "Review",
  voting: "Voting",
  results: "Results",
  adopted: "Adopted",
  delivery: "Delivery",
} as const satisfies Record<Phase, string>;

/** Phases the public sees: a draft plan stays with the council. */
export const publishedPhases = planPhases.filter((phase): phase is Exclude<Phase, "draft"> => phase !== "draft");

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

/** Plans move forward one phase at a time; nothing skips review or voting. */
export function nextPhase(phase: Phase): Phase | null {
  const index = planPhases.indexOf(phase);
  return planPhases[index + 1] ?? null;
}

/** Whether a plan has got as far as `milestone`: phases only move forward, so "results or later". */
export function hasReachedPhase(phase: Phase, milestone: Phase): boolean {
  return planPhases.indexOf(phase) >= planPhases.indexOf(milestone);
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
