import { describe, expect, it } from "vitest";
import { countingRuleChanges, countingRuleFields, describeFrozenChanges, type CountingRules } from "./plan-rules";

const base: CountingRules = {
  budgetPence: 10_000_000,
  ballotMethod: "approval",
  approvalLimit: 5,
  cumulativePoints: null,
  outcomeRule: "mes_add1",
  utility: "cost",
  requiresVerifiedVoters: false,
  ringFences: [{ label: "Most deprived", kind: "deprived_areas", amountPence: 1_000_000, maxImdDecile: 2, areaIds: [] }],
};

describe("counting rules", () => {
  it("lists every rule that changes the count, and nothing else", () => {
    expect([...countingRuleFields].sort()).toEqual(["approvalLimit", "ballotMethod", "budgetPence", "cumulativePoints", "outcomeRule", "requiresVerifiedVoters", "ringFences", "utility"]);
  });

  it("finds no change between equal rules", () => {
    expect(countingRuleChanges(base, { ...base, ringFences: base.ringFences.map((f) => ({ ...f })) })).toEqual([]);
  });

  it("reports each changed rule with its before and after", () => {
    const changes = countingRuleChanges(base, { ...base, budgetPence: 12_000_000, requiresVerifiedVoters: true });
    expect(changes).toEqual([
      { field: "budgetPence", before: 10_000_000, after: 12_000_000 },
      { field: "requiresVerifiedVoters", before: false, after: true },
    ]);
  });

  it("ignores limits and ring-fence details that the method or kind does not use, and area order", () => {
    const knapsack = { ...base, ballotMethod: "knapsack" as const, approvalLimit: 5 };
    expect(countingRuleChanges(knapsack, { ...knapsack, approvalLimit: 9, cumulativePoints: 3 })).toEqual([]);
    const listed: CountingRules = { ...base, ringFences: [{ label: "Listed", kind: "listed_areas", amountPence: 5, maxImdDecile: 3, areaIds: ["b", "a"] }] };
    expect(countingRuleChanges(listed, { ...listed, ringFences: [{ label: "Listed", kind: "listed_areas", amountPence: 5, maxImdDecile: null, areaIds: ["a", "b", "a"] }] })).toEqual([]);
  });

  it("treats a changed, added or removed ring-fence as a change", () => {
    const [fence] = base.ringFences;
    if (!fence) throw new Error("fixture");
    expect(countingRuleChanges(base, { ...base, ringFences: [{ ...fence, maxImdDecile: 3 }] }).map((c) => c.field)).toEqual(["ringFences"]);
    expect(countingRuleChanges(base, { ...base, ringFences: [] }).map((c) => c.field)).toEqual(["ringFences"]);
    expect(countingRuleChanges(base, { ...base, ballotMethod: "knapsack" }).map((c) => c.field)).toEqual(["ballotMethod", "approvalLimit"]);
  });

  it("names the frozen rules in plain words", () => {
    expect(describeFrozenChanges(countingRuleChanges(base, { ...base, budgetPence: 1, ringFences: [] }))).toBe("Voting has opened, so the budget and ring-fences can no longer change.");
  });
});
