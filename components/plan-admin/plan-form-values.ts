import type { FormState } from "@/components/forms/action-state";
import { penceToPoundsInput } from "@/lib/shared/money-input";
import type { CountingRules } from "@/lib/plans/plan-rules";
import { toLondonInput } from "@/lib/plans/phase-dates";

/** A plan's stored settings as the strings the form shows: the same names the form posts. */
export interface PlanFormValues {
  fields: Record<string, string>;
  themeIds: string[];
  priorities: { id: string; title: string; description: string }[];
  criteria: { id: string; name: string; description: string }[];
  ringFences: { label: string; kind: string; amount: string; decile: string; areaIds: string[] }[];
}

export interface StoredPlan {
  title: string;
  slug: string;
  summary: string;
  periodLabel: string;
  supportThreshold: number;
  preModeration: boolean;
  autoAdvance: boolean;
  phases: { phase: string; startsAt: Date; endsAt: Date | null }[];
  themeIds: string[];
  priorities: { id: string; title: string; description: string }[];
  criteria: { id: string; name: string; description: string }[];
  pledgeRates: { kind: string; unit: string; pencePerUnit: number }[];
  rules: CountingRules;
}

export function planFormValues(plan: StoredPlan): PlanFormValues {
  const fields: Record<string, string> = {
    title: plan.title,
    slug: plan.slug,
    summary: plan.summary,
    periodLabel: plan.periodLabel,
    supportThreshold: String(plan.supportThreshold),
    preModeration: plan.preModeration ? "on" : "",
    autoAdvance: plan.autoAdvance ? "on" : "",
    budget: penceToPoundsInput(plan.rules.budgetPence),
    ballotMethod: plan.rules.ballotMethod,
    approvalLimit: plan.rules.approvalLimit === null ? "" : String(plan.rules.approvalLimit),
    cumulativePoints: plan.rules.cumulativePoints === null ? "" : String(plan.rules.cumulativePoints),
    outcomeRule: plan.rules.outcomeRule,
    utility: plan.rules.utility,
    requiresVerifiedVoters: plan.rules.requiresVerifiedVoters ? "on" : "",
  };
  for (const phase of plan.phases) {
    fields[`phaseStart.${phase.phase}`] = toLondonInput(phase.startsAt);
    fields[`phaseEnd.${phase.phase}`] = toLondonInput(phase.endsAt);
  }
  for (const rate of plan.pledgeRates) {
    fields[`rateUnit.${rate.kind}`] = rate.unit;
    fields[`rateAmount.${rate.kind}`] = penceToPoundsInput(rate.pencePerUnit);
  }
  return {
    fields,
    themeIds: plan.themeIds,
    priorities: plan.priorities.map(({ id, title, description }) => ({ id, title, description })),
    criteria: plan.criteria.map(({ id, name, description }) => ({ id, name, description })),
    ringFences: plan.rules.ringFences.map((f) => ({ label: f.label, kind: f.kind, amount: penceToPoundsInput(f.amountPence), decile: f.maxImdDecile === null ? "" : String(f.maxImdDecile), areaIds: [...f.areaIds] })),
  };
}

/** Starting values for a new plan: the defaults most councils use. */
export const newPlanValues: PlanFormValues = {
  fields: { ballotMethod: "approval", approvalLimit: "5", outcomeRule: "mes_add1", utility: "cost", supportThreshold: "25", periodLabel: "" },
  themeIds: [],
  priorities: [],
  criteria: [],
  ringFences: [],
};


/** What was typed in a repeated field last time (the action joins repeats with line breaks). */
export function typedList(state: FormState, key: string, fallback: string[]): string[] {
  if (!state || state.ok) return fallback;
  return key in state.values ? (state.values[key] ?? "").split("\n") : [];
}
