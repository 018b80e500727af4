import { mesUtilities, outcomeRules } from "../outcome/rules";
import { ballotMethods } from "../voting/ballot-methods";
import type { CountingRules, RingFenceRule } from "./plan-rules";
import { checked, list, money, planLimits, rows, str, uuidPattern, wholeNumber, type Issue, type Raw } from "./plan-form-fields";
import { ringFenceKinds, type RingFenceKind } from "./ring-fence-kinds";

/** The form fields that carry counting rules: a post with none of them leaves the rules alone. */
export const countingRuleFormKeys = ["budget", "ballotMethod", "approvalLimit", "cumulativePoints", "outcomeRule", "utility", "requiresVerifiedVoters", "ringFenceLabel[]", "ringFenceKind[]", "ringFenceAmount[]", "ringFenceDecile[]"] as const;

/** The counting rules: budget, ballot, rule and ring-fences, which must not reserve more than the budget. */
export function readRules(raw: Raw, issues: Issue[]): CountingRules {
  const budgetText = str(raw, "budget");
  const budget = money(budgetText, "budget");
  if (!budget.ok) issues.push({ path: ["budget"], message: budgetText ? budget.message : "Enter the plan's budget in pounds, for example £250,000" });
  const budgetPence = budget.ok ? budget.pence : 0;

  const pick = <T extends string>(key: string, options: readonly T[], message: string): T => {
    const value = str(raw, key);
    if ((options as readonly string[]).includes(value)) return value as T;
    issues.push({ path: [key], message });
    return options[0] as T;
  };
  const ballotMethod = pick("ballotMethod", ballotMethods, "Choose how people vote");
  const outcomeRule = pick("outcomeRule", outcomeRules, "Choose how the winners are worked out");
  const utility = pick("utility", mesUtilities, "Choose how a project's value to its voters is measured");

  let approvalLimit: number | null = null;
  if (ballotMethod === "approval") {
    approvalLimit = wholeNumber(str(raw, "approvalLimit"), 1, planLimits.approvalLimitMax);
    if (approvalLimit === null) issues.push({ path: ["approvalLimit"], message: `An approval ballot needs a limit: a whole number of projects from 1 to ${planLimits.approvalLimitMax}` });
  }
  let cumulativePoints: number | null = null;
  if (ballotMethod === "cumulative") {
    cumulativePoints = wholeNumber(str(raw, "cumulativePoints"), 1, planLimits.pointsMax);
    if (cumulativePoints === null) issues.push({ path: ["cumulativePoints"], message: `A points ballot needs the number of points each voter spreads, from 1 to ${planLimits.pointsMax}` });
  }

  const ringFences: RingFenceRule[] = [];
  const fenceRows = rows(raw, ["ringFenceLabel[]", "ringFenceKind[]", "ringFenceAmount[]", "ringFenceDecile[]"]);
  fenceRows.forEach(([label = "", kind = "", amount = "", decile = ""], index) => {
    const areaIds = [...new Set(list(raw, `ringFenceAreas.${index}[]`).filter(Boolean))];
    if (!label && !amount && areaIds.length === 0) return;
    const at = (field: string) => ["ringFences", index, field];
    if (!label) issues.push({ path: at("label"), message: "Name this ring-fence, for example Most deprived neighbourhoods" });
    else if (label.length > planLimits.listItemMax) issues.push({ path: at("label"), message: `Use ${planLimits.listItemMax} characters or fewer` });
    if (!(ringFenceKinds as readonly string[]).includes(kind)) {
      issues.push({ path: at("kind"), message: "Choose which projects this ring-fence is for" });
      return;
    }
    const value = money(amount, "amount");
    if (!value.ok) issues.push({ path: at("amount"), message: amount ? value.message : "Give the amount reserved, in pounds" });
    const fenceKind = kind as RingFenceKind;
    let maxImdDecile: number | null = null;
    if (fenceKind === "deprived_areas") {
      maxImdDecile = wholeNumber(decile, 1, 10);
      if (maxImdDecile === null) issues.push({ path: at("decile"), message: "Give the highest IMD decile that qualifies, a whole number from 1 to 10" });
    }
    if (fenceKind === "listed_areas" && areaIds.length === 0) issues.push({ path: at("areas"), message: "Tick at least one neighbourhood for this ring-fence" });
    if (areaIds.some((id) => !uuidPattern.test(id))) issues.push({ path: at("areas"), message: "Choose neighbourhoods from the list" });
    ringFences.push({ label, kind: fenceKind, amountPence: value.ok ? value.pence : 0, maxImdDecile, areaIds: fenceKind === "listed_areas" ? areaIds : [] });
  });
  if (ringFences.length > planLimits.ringFences) issues.push({ path: ["ringFences"], message: `Keep to ${planLimits.ringFences} ring-fences` });
  const reserved = ringFences.reduce((sum, fence) => sum + fence.amountPence, 0);
  if (budget.ok && reserved > budgetPence) {
    issues.push({ path: ["ringFences"], message: `The ring-fences reserve ${formatPounds(reserved)}, more than the ${formatPounds(budgetPence)} budget` });
  }

  return { budgetPence, ballotMethod, approvalLimit, cumulativePoints, outcomeRule, utility, requiresVerifiedVoters: checked(raw, "requiresVerifiedVoters"), ringFences };
}

const formatPounds = (pence: number) => `£${(pence / 100).toLocaleString("en-GB", { minimumFractionDigits: pence % 100 ? 2 : 0, maximumFractionDigits: 2 })}`;

/** Whether a post carries counting rules at all (a frozen plan's form leaves them out). */
export function includesCountingRules(raw: Raw): boolean {
  return countingRuleFormKeys.some((key) => key in raw) || Object.keys(raw).some((key) => key.startsWith("ringFenceAreas."));
}
