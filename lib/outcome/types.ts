// Shared shapes for the outcome rules. Money is a whole number of the smallest unit (pence in the
// app, whatever the .pb file uses in tests), always a safe integer.

import type { MesUtility, OutcomeRule } from "./rules";

export type { MesUtility, OutcomeRule };

export interface OutcomeProject {
  readonly id: string;
  readonly cost: number;
}

/** One voter's approved project ids. Empty ballots are voters too: they dilute every share. */
export type OutcomeBallot = Iterable<string>;

/** A cumulative ballot: the whole points (> 0) a voter gave each project. */
export interface PointsBallot {
  readonly points: ReadonlyMap<string, number>;
}

export interface RingFence {
  /** Shown in explanations, e.g. "IMD deciles 1–2". */
  readonly label: string;
  readonly amount: number;
  readonly eligible: (projectId: string) => boolean;
}

/** What a count is made from; `B` admits points ballots where a caller has them. */
export interface OutcomeInput<B extends OutcomeBallot | PointsBallot = OutcomeBallot> {
  readonly rule: OutcomeRule;
  /** MES only; defaults to cost utilities, as pabutools and equalshares.net do for approval ballots. */
  readonly utility?: MesUtility;
  readonly budget: number;
  readonly projects: readonly OutcomeProject[];
  readonly ballots: readonly B[];
  /**
   * Points (cumulative) ballots: greedy ranks by points, MES uses each voter's points as their
   * utility for a project, and explanations speak of points. An approval ballot counts 1 point.
   */
  readonly points?: boolean;
  readonly ringFences?: readonly RingFence[];
  /**
   * add1 only: how much each voter's share grows per step, in money units (default 1, as pabutools'
   * `voter_budget_increment=1`). With pence, 100 (£1 a voter) needs a hundredth of the steps.
   */
  readonly add1Step?: number;
}

export type Reason =
  | { readonly kind: "no-votes" }
  | { readonly kind: "free" }
  | { readonly kind: "greedy-selected"; readonly rank: number; readonly left: number }
  | { readonly kind: "did-not-fit"; readonly left: number }
  | {
      readonly kind: "mes-selected";
      readonly round: number;
      readonly supporters: number;
      /** The most any supporter paid (rounded up to a whole unit); poorer supporters paid all they had. */
      readonly maxShare: number;
    }
  | { readonly kind: "not-covered"; readonly covered: number; readonly cost: number };

export interface ProjectExplanation {
  readonly projectId: string;
  /** Approvals, or on a points ballot the points given. */
  readonly votes: number;
  readonly cost: number;
  readonly selected: boolean;
  /** Label of the ring-fence that decided it, or null for the open stage. */
  readonly stage: string | null;
  readonly reason: Reason;
  readonly sentence: string;
}

export interface StageSummary {
  readonly label: string | null;
  readonly budget: number;
  readonly spent: number;
  readonly selected: readonly string[];
  /** add1 only: how many times every voter's share was raised before the outcome was kept. */
  readonly add1Increments?: number;
}

export interface Outcome {
  readonly rule: OutcomeRule;
  readonly utility: MesUtility;
  readonly budget: number;
  /** Selected project ids in the order the rule chose them, stage by stage. */
  readonly selected: readonly string[];
  readonly spent: number;
  readonly voterCount: number;
  readonly stages: readonly StageSummary[];
  /** One per input project, in input order. */
  readonly explanations: readonly ProjectExplanation[];
}

/** An election prepared once for any number of MES runs (add1 reruns MES many times). */
export interface EqualSharesElection {
  readonly voterCount: number;
  /** Candidates: projects with at least one vote and a positive cost. */
  readonly ids: readonly string[];
  readonly costs: readonly number[];
  readonly utilities: readonly number[];
  /** Per candidate, the voter types approving it; identical ballots are merged into one type. */
  readonly supporters: readonly Int32Array[];
  readonly weights: Int32Array;
  readonly support: readonly number[];
  readonly tieRank: Int32Array;
  /** Zero-cost projects with votes: funded outright, as pabutools does with approval satisfaction. */
  readonly free: readonly string[];
  readonly unsupported: readonly string[];
}

/** What one stage of a rule decided, before explanations are worded. */
export interface StageResult {
  readonly selected: readonly string[];
  readonly spent: number;
  readonly reasons: ReadonlyMap<string, Reason>;
  readonly add1Increments?: number;
}
