/** The counting rules a plan can use to turn ballots into selected projects. */
export const outcomeRules = ["greedy", "mes", "mes_add1"] as const;
export type OutcomeRule = (typeof outcomeRules)[number];

export const outcomeRuleLabels = {
  greedy: "Greedy (most votes first, while the money lasts)",
  mes: "Method of Equal Shares",
  mes_add1: "Method of Equal Shares, completed by raising voters' budgets (add1)",
} as const satisfies Record<OutcomeRule, string>;

/** MES satisfaction: cost utilities (u = cost of an approved project) or approval utilities (u = 1). */
export const mesUtilities = ["cost", "approval"] as const;
export type MesUtility = (typeof mesUtilities)[number];
