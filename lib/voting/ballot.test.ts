import { describe, expect, it } from "vitest";
import { checkBallot, checkPoints, whyNotAdd } from "./ballot";

const projects = [
  { id: "a", title: "Youth club", costPence: 500_000 },
  { id: "b", title: "Bus shelter", costPence: 300_000 },
  { id: "c", title: "Tool library", costPence: 250_000 },
];

describe("knapsack ballots", () => {
  const rules = { method: "knapsack" as const, budgetPence: 800_000, approvalLimit: null };
  it("accepts choices that fit and reports the running total and money left", () => {
    expect(checkBallot(rules, projects, ["a", "b"])).toEqual({ ok: true, totalPence: 800_000, leftPence: 0 });
    expect(checkBallot(rules, projects, [])).toEqual({ ok: true, totalPence: 0, leftPence: 800_000 });
  });
  it("refuses an overspend with the amounts in the reason", () => {
    expect(checkBallot(rules, projects, ["a", "b", "c"])).toEqual({
      ok: false,
      reason: "Your choices cost £10,500, which is £2,500 more than the £8,000 budget. Remove a project to continue.",
      totalPence: 1_050_000,
      leftPence: -250_000,
    });
  });
  it("says why a project cannot be added", () => {
    expect(whyNotAdd(rules, projects, ["a", "b"], "c")).toBe("Tool library costs £2,500 but only £0 is left. Remove another project first.");
    expect(whyNotAdd(rules, projects, ["a"], "c")).toBeNull();
  });
});

describe("approval ballots", () => {
  const rules = { method: "approval" as const, budgetPence: 100, approvalLimit: 2 };
  it("allows up to k projects whatever they cost", () => {
    expect(checkBallot(rules, projects, ["a", "b"]).ok).toBe(true);
    expect(checkBallot(rules, projects, ["a", "b", "c"])).toMatchObject({ ok: false, reason: "You can choose up to 2 projects; you have chosen 3." });
  });
  it("refuses unknown and repeated projects", () => {
    expect(checkBallot(rules, projects, ["zzz"])).toMatchObject({ ok: false });
    expect(checkBallot(rules, projects, ["a", "a"])).toMatchObject({ ok: false, reason: "A project was chosen twice." });
  });
});

describe("points ballots", () => {
  const points = (entries: [string, number][]) => new Map(entries);
  it("accepts whole points within the allowance and reports what is left", () => {
    expect(checkPoints(10, projects, points([["a", 6], ["b", 4]]))).toEqual({ ok: true, spent: 10, left: 0 });
    expect(checkPoints(10, projects, points([["a", 3], ["b", 0]]))).toEqual({ ok: true, spent: 3, left: 7 });
  });
  it("refuses more points than the allowance, in plain words", () => {
    expect(checkPoints(10, projects, points([["a", 8], ["c", 4]]))).toEqual({ ok: false, reason: "You have spread 12 points; you have 10. Take some away to continue.", spent: 12, left: -2 });
  });
  it("refuses negative and fractional points, naming the project", () => {
    expect(checkPoints(10, projects, points([["a", -1], ["b", 2]]))).toMatchObject({ ok: false, projectId: "a", reason: "Points for Youth club must be a whole number, 0 or more." });
    expect(checkPoints(10, projects, points([["b", 1.5]]))).toMatchObject({ ok: false, projectId: "b", reason: "Points for Bus shelter must be a whole number, 0 or more." });
  });
  it("refuses an empty points ballot and unknown projects", () => {
    expect(checkPoints(10, projects, points([["a", 0]]))).toMatchObject({ ok: false, reason: "Give at least one point to a project. You have 10 to spread." });
    expect(checkPoints(10, projects, points([["zzz", 1]]))).toMatchObject({ ok: false });
  });
});
