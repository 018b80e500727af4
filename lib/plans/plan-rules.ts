import type { MesUtility, OutcomeRule } from "../outcome/rules";
import type { BallotMethod } from "../voting/ballot-methods";
import type { RingFenceKind } from "./ring-fence-kinds";

/**
 * The rules that change the count (docs/DESIGN.md §4): once voting opens they are frozen, because changing
 * them afterwards would change who wins. Every other plan setting may still change.
 */

export interface RingFenceRule {
  label: string;
  kind: RingFenceKind;
  amountPence: number;
  /** deprived_areas only: projects in areas with this IMD decile or lower. */
  maxImdDecile: number | null;
  /** listed_areas only: the qualifying neighbourhoods. */
  areaIds: readonly string[];
}

export interface CountingRules {
  budgetPence: number;
  ballotMethod: BallotMethod;
  approvalLimit: number | null;
  cumulativePoints: number | null;
  outcomeRule: OutcomeRule;
  utility: MesUtility;
  requiresVerifiedVoters: boolean;
  /** In the order the count applies them. */
  ringFences: readonly RingFenceRule[];
}

export type CountingRuleField = keyof CountingRules;

/** Every field of CountingRules; the type makes adding a rule without listing it here a compile error. */
export const countingRuleFields = [
  "budgetPence",
  "ballotMethod",
  "approvalLimit",
  "cumulativePoints",
  "outcomeRule",
  "utility",
  "requiresVerifiedVoters",
  "ringFences",
] as const satisfies readonly CountingRuleField[];

type MissingField = Exclude<CountingRuleField, (typeof countingRuleFields)[number]>;
// Fails to compile if a counting rule is added to the interface but not to the list.
const exhaustive: MissingField extends never ? true : false = true;
void exhaustive;

export const countingRuleLabels: Record<CountingRuleField, string> = {
  budgetPence: "budget",
  ballotMethod: "ballot method",
  approvalLimit: "approval limit",
  cumulativePoints: "points per voter",
  outcomeRule: "outcome rule",
  utility: "utility",
  requiresVerifiedVoters: "voter eligibility",
  ringFences: "ring-fences",
};

export interface RuleChange {
  field: CountingRuleField;
  before: unknown;
  after: unknown;
}

/**
 * One canonical form for comparing: limits that the method ignores, deciles and area lists that
 * the ring-fence kind ignores, and area order do not count as changes.
 */
export function normaliseRules(rules: CountingRules): CountingRules {
  return {
    budgetPence: rules.budgetPence,
    ballotMethod: rules.ballotMethod,
    approvalLimit: rules.ballotMethod === "approval" ? rules.approvalLimit : null,
    cumulativePoints: rules.ballotMethod === "cumulative" ? rules.cumulativePoints : null,
    outcomeRule: rules.outcomeRule,
    utility: rules.utility,
    requiresVerifiedVoters: rules.requiresVerifiedVoters,
    ringFences: rules.ringFences.map((fence) => ({
      label: fence.label.trim(),
      kind: fence.kind,
      amountPence: fence.amountPence,
      maxImdDecile: fence.kind === "deprived_areas" ? fence.maxImdDecile : null,
      areaIds: fence.kind === "listed_areas" ? [...new Set(fence.areaIds)].sort() : [],
    })),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The counting rules that differ between two versions of a plan, with their before and after. */
export function countingRuleChanges(before: CountingRules, after: CountingRules): RuleChange[] {
  const [a, b] = [normaliseRules(before), normaliseRules(after)];
  return countingRuleFields.filter((field) => !same(a[field], b[field])).map((field) => ({ field, before: a[field], after: b[field] }));
}

/** "Voting has opened, so the budget and ring-fences can no longer change." */
export function describeFrozenChanges(changes: readonly RuleChange[]): string {
  const names = changes.map((c) => countingRuleLabels[c.field]);
  const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "counting rules");
  return `Voting has opened, so the ${list} can no longer change.`;
}
