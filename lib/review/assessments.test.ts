import { describe, expect, it } from "vitest";
import { checkResponseMove, checkScoreSheet, combineScores, daysBetween, formatSpread, hasOrganisationalInterest, scoringConflict } from "./assessments";

const criteria = [
  { id: "fit", name: "Strategic fit" },
  { id: "feasible", name: "Feasibility" },
  { id: "deprived", name: "Impact on deprived areas" },
];

describe("combineScores", () => {
  it("gives each criterion's mean to one decimal and its spread", () => {
    const combined = combineScores(criteria, [
      { reviewerId: "a", scores: { fit: 4, feasible: 2, deprived: 5 } },
      { reviewerId: "b", scores: { fit: 5, feasible: 3, deprived: 5 } },
      { reviewerId: "c", scores: { fit: 5, feasible: 3, deprived: 4 } },
    ]);
    expect(combined.criteria).toEqual([
      { criterionId: "fit", name: "Strategic fit", mean: 4.7, min: 4, max: 5, count: 3 },
      { criterionId: "feasible", name: "Feasibility", mean: 2.7, min: 2, max: 3, count: 3 },
      { criterionId: "deprived", name: "Impact on deprived areas", mean: 4.7, min: 4, max: 5, count: 3 },
    ]);
    // (14/3 + 8/3 + 14/3) / 3 = 4.0, rounded once at the end.
    expect(combined.overall).toBe(4);
    expect(combined.overallMin).toBe(3.7);
    expect(combined.overallMax).toBe(4.3);
    expect(combined.reviewerCount).toBe(3);
  });

  it("leaves unscored criteria empty and says nothing overall with no sheets", () => {
    expect(combineScores(criteria, [])).toMatchObject({ overall: null, overallMin: null, overallMax: null, reviewerCount: 0 });
    const partial = combineScores(criteria, [{ reviewerId: "a", scores: { fit: 3 } }]);
    expect(partial.criteria[1]).toMatchObject({ mean: null, min: null, max: null, count: 0 });
    expect(partial.overall).toBe(3);
  });

  it("formats a spread", () => {
    expect(formatSpread(2, 4)).toBe("2–4");
    expect(formatSpread(3, 3)).toBe("3");
    expect(formatSpread(null, null)).toBe("—");
  });
});

describe("checkScoreSheet", () => {
  it("accepts a whole 1–5 score for every criterion", () => {
    expect(checkScoreSheet(criteria, { fit: "1", feasible: "5", deprived: 3 })).toEqual({
      ok: true,
      scores: [
        { criterionId: "fit", score: 1 },
        { criterionId: "feasible", score: 5 },
        { criterionId: "deprived", score: 3 },
      ],
    });
  });

  it("names each missing, out-of-range or unknown criterion", () => {
    const check = checkScoreSheet(criteria, { fit: "", feasible: "6", deprived: "2.5", other: "3" });
    expect(check).toEqual({
      ok: false,
      errors: {
        fit: "Choose a score for Strategic fit",
        feasible: "Score Feasibility from 1 to 5",
        deprived: "Score Impact on deprived areas from 1 to 5",
        other: "This plan has no such criterion",
      },
    });
    expect(checkScoreSheet(criteria, { fit: "0", feasible: "3", deprived: "x" })).toMatchObject({ ok: false, errors: { fit: "Score Strategic fit from 1 to 5", deprived: "Choose a score for Impact on deprived areas" } });
  });

  it("refuses a sheet for a plan without criteria", () => {
    expect(checkScoreSheet([], {})).toEqual({ ok: false, errors: { form: "This plan has no assessment criteria yet" } });
  });
});

describe("interests", () => {
  it("treats membership of the proposing organisation, at any role, as an interest", () => {
    expect(hasOrganisationalInterest({ org1: "member" }, "org1")).toBe(true);
    expect(hasOrganisationalInterest({ org1: "owner" }, "org2")).toBe(false);
    expect(hasOrganisationalInterest({ org1: "admin" }, null)).toBe(false);
  });

  it("refuses scoring for a declared interest or an undeclared membership", () => {
    expect(scoringConflict({ memberships: {}, proposalOrganisationId: null, interestDeclared: true })).toBe("declared");
    expect(scoringConflict({ memberships: { org1: "member" }, proposalOrganisationId: "org1", interestDeclared: false })).toBe("undeclared_membership");
    expect(scoringConflict({ memberships: { org1: "member" }, proposalOrganisationId: "org2", interestDeclared: false })).toBeNull();
  });
});

describe("checkResponseMove", () => {
  it("explains the current status or moves one sensible step", () => {
    expect(checkResponseMove("selected", "selected")).toEqual({ ok: true, changesStatus: false });
    expect(checkResponseMove("published", "shortlisted")).toEqual({ ok: true, changesStatus: true });
    expect(checkResponseMove("on_ballot", "not_selected")).toEqual({ ok: true, changesStatus: true });
    expect(checkResponseMove("selected", "adopted")).toEqual({ ok: true, changesStatus: true });
    expect(checkResponseMove("adopted", "in_delivery")).toEqual({ ok: true, changesStatus: true });
    expect(checkResponseMove("in_delivery", "delivered")).toEqual({ ok: true, changesStatus: true });
  });

  it("refuses jumps and moves backwards", () => {
    expect(checkResponseMove("published", "delivered")).toEqual({ ok: false, reason: "A proposal that is “Published” cannot be marked “Delivered”." });
    expect(checkResponseMove("delivered", "shortlisted")).toMatchObject({ ok: false });
    expect(checkResponseMove("withdrawn", "selected")).toMatchObject({ ok: false });
    expect(checkResponseMove("hidden", "not_selected")).toMatchObject({ ok: false });
    expect(checkResponseMove("published", "shortlisted", "voting")).toMatchObject({ ok: false, reason: expect.stringMatching(/ideas or review phase/) });
    expect(checkResponseMove("published", "shortlisted", "review")).toEqual({ ok: true, changesStatus: true });
  });
});

describe("daysBetween", () => {
  it("counts whole days and never goes negative", () => {
    expect(daysBetween(new Date("2026-01-01T10:00Z"), new Date("2026-01-13T09:00Z"))).toBe(11);
    expect(daysBetween(new Date("2026-01-02"), new Date("2026-01-01"))).toBe(0);
  });
});
