import { describe, expect, it } from "vitest";
import { planCreateSchema, planUpdateSchema } from "./plan-validation";

const region = "5b0e6a55-8d57-4f55-9a3c-0e0f0e9e4a11";
const area = "0c6b3a1e-1d5c-4a8e-9a3b-5c1e2f3a4b5c";

const valid = {
  regionId: region,
  title: "Leeds People's Plan 2027",
  slug: "leeds-2027",
  summary: "What Leeds does with £250,000.",
  periodLabel: "2027",
  "phaseStart.ideas": "2027-01-10T09:00",
  "phaseEnd.ideas": "2027-03-01T17:00",
  "phaseStart.voting": "2027-04-01T09:00",
  budget: "£250,000",
  ballotMethod: "approval",
  approvalLimit: "5",
  outcomeRule: "mes_add1",
  utility: "cost",
  supportThreshold: "20",
  "ringFenceLabel[]": ["Most deprived", "Listed wards", ""],
  "ringFenceKind[]": ["deprived_areas", "listed_areas", "deprived_areas"],
  "ringFenceAmount[]": ["25,000", "10000", ""],
  "ringFenceDecile[]": ["2", "", ""],
  "ringFenceAreas.1[]": [area],
  "priorityId[]": ["", ""],
  "priorityTitle[]": ["Good jobs", ""],
  "priorityDescription[]": ["", ""],
  "criterionId[]": [""],
  "criterionName[]": ["Feasibility"],
  "criterionDescription[]": ["Can it be done"],
  "rateUnit.volunteer_hours": "hour",
  "rateAmount.volunteer_hours": "15",
};

function errorsOf(result: { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }): Record<string, string> {
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.map(String).join("."), i.message]));
}

describe("plan form", () => {
  it("reads a full plan, dropping blank rows", () => {
    const result = planCreateSchema.safeParse(valid);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.rules).toMatchObject({ budgetPence: 25_000_000, approvalLimit: 5, cumulativePoints: null, requiresVerifiedVoters: false });
    expect(result.data.rules.ringFences).toEqual([
      { label: "Most deprived", kind: "deprived_areas", amountPence: 2_500_000, maxImdDecile: 2, areaIds: [] },
      { label: "Listed wards", kind: "listed_areas", amountPence: 1_000_000, maxImdDecile: null, areaIds: [area] },
    ]);
    expect(result.data.settings.priorities).toEqual([{ id: null, title: "Good jobs", description: "" }]);
    expect(result.data.settings.pledgeRates).toEqual([{ kind: "volunteer_hours", unit: "hour", pencePerUnit: 1500 }]);
    expect(result.data.settings.phases.map((p) => p.phase)).toEqual(["ideas", "voting"]);
    expect(result.data.settings.phases[0]?.startsAt.toISOString()).toBe("2027-01-10T09:00:00.000Z");
  });

  it("requires an approval limit for approval ballots, and points for cumulative ones", () => {
    expect(errorsOf(planCreateSchema.safeParse({ ...valid, approvalLimit: "" }))).toHaveProperty("approvalLimit");
    const points = errorsOf(planCreateSchema.safeParse({ ...valid, ballotMethod: "cumulative" }));
    expect(points).toHaveProperty("cumulativePoints");
    expect(points).not.toHaveProperty("approvalLimit");
  });

  it("refuses ring-fences that together exceed the budget", () => {
    expect(errorsOf(planCreateSchema.safeParse({ ...valid, budget: "30000" })).ringFences).toBe("The ring-fences reserve £35,000, more than the £30,000 budget");
  });

  it("reports a ring-fence's problem against its own row", () => {
    const errors = errorsOf(planCreateSchema.safeParse({ ...valid, "ringFenceDecile[]": ["11", "", ""], "ringFenceAreas.1[]": [] }));
    expect(errors["ringFences.0.decile"]).toMatch(/1 to 10/);
    expect(errors["ringFences.1.areas"]).toMatch(/at least one neighbourhood/);
  });

  it("checks the slug, title, threshold and phase dates", () => {
    const errors = errorsOf(
      planCreateSchema.safeParse({ ...valid, slug: "Leeds 2027", title: "Hi", supportThreshold: "-1", "phaseEnd.ideas": "2027-01-01T09:00", "phaseStart.review": "", "phaseEnd.review": "2027-03-05T09:00" }),
    );
    expect(Object.keys(errors).sort()).toEqual(["phaseEnd.ideas", "phaseStart.review", "slug", "supportThreshold", "title"]);
  });

  it("refuses a phase that starts before the one it follows", () => {
    expect(errorsOf(planCreateSchema.safeParse({ ...valid, "phaseStart.voting": "2026-12-01T09:00" }))["phaseStart.voting"]).toMatch(/before the ideas phase/);
  });

  it("needs a unit and a value for a pledge rate, and distinct criteria names", () => {
    const errors = errorsOf(planCreateSchema.safeParse({ ...valid, "rateUnit.money": "", "rateAmount.money": "1", "criterionId[]": ["", ""], "criterionName[]": ["Impact", "impact"], "criterionDescription[]": ["", ""] }));
    expect(errors).toHaveProperty("rateUnit.money");
    expect(errors["criteria.1.name"]).toMatch(/Two criteria/);
  });

  it("leaves the counting rules out of an edit that does not send them", () => {
    const { regionId: _region, budget: _b, ballotMethod: _m, approvalLimit: _a, outcomeRule: _o, utility: _u, ...rest } = valid;
    const settingsOnly = Object.fromEntries(Object.entries(rest).filter(([key]) => !key.startsWith("ringFence")));
    const result = planUpdateSchema.safeParse({ ...settingsOnly, planId: region });
    expect(result.success && result.data.rules).toBeNull();
    const withBudget = planUpdateSchema.safeParse({ ...settingsOnly, planId: region, budget: "1" });
    expect(errorsOf(withBudget)).toHaveProperty("ballotMethod");
  });
});
