import { describe, expect, it } from "vitest";
import { computeOutcome } from "./index";

const ballot = (entries: [string, number][]) => ({ points: new Map(entries) });

describe("points ballots", () => {
  it("greedy ranks by the sum of points, not by how many people gave points", () => {
    const outcome = computeOutcome({
      rule: "greedy",
      points: true,
      budget: 100,
      projects: [{ id: "A", cost: 100 }, { id: "B", cost: 100 }],
      // A has two supporters with 1 point each; B one supporter with 5.
      ballots: [ballot([["A", 1]]), ballot([["A", 1]]), ballot([["B", 5]])],
    });
    expect(outcome.selected).toEqual(["B"]);
    expect(outcome.explanations.map((e) => [e.projectId, e.votes])).toEqual([["A", 2], ["B", 5]]);
    expect(outcome.explanations[1]?.sentence).toBe("Selected: with 5 points it ranked 1st and fitted the £1 left.");
    expect(outcome.explanations[0]?.sentence).toBe("Did not fit the £0 left.");
  });

  it("MES uses points as utilities: a supporter pays in proportion to their points", () => {
    // Two voters with 50 each. Voter 1 gives A 3 points, voter 2 gives A 1 point: ρ = 80 / 4 = 20,
    // so voter 1 would owe 60 (more than 50: pays 50) and voter 2 pays the other 30.
    const outcome = computeOutcome({
      rule: "mes",
      points: true,
      budget: 100,
      projects: [{ id: "A", cost: 80 }, { id: "B", cost: 40 }],
      // B's price per point is 40 / 1, above A's 30 (once voter 1 has paid all they hold).
      ballots: [ballot([["A", 3]]), ballot([["A", 1], ["B", 1]])],
    });
    expect(outcome.selected).toEqual(["A"]);
    const a = outcome.explanations[0]?.reason;
    expect(a).toEqual({ kind: "mes-selected", round: 1, supporters: 2, maxShare: 50 });
    // Voter 2 holds 20 after paying 30, which does not cover B's 40.
    expect(outcome.explanations[1]?.reason).toEqual({ kind: "not-covered", covered: 20, cost: 40 });
  });

  it("MES prefers the project whose supporters gave it more points per pound", () => {
    const outcome = computeOutcome({
      rule: "mes",
      points: true,
      budget: 60,
      projects: [{ id: "A", cost: 60 }, { id: "B", cost: 60 }],
      ballots: [ballot([["A", 1], ["B", 4]]), ballot([["A", 4], ["B", 1]]), ballot([["B", 4]])],
    });
    expect(outcome.selected).toEqual(["B"]);
  });

  it("approval ballots in a points count give 1 point each, and zero points drop out", () => {
    const outcome = computeOutcome({ rule: "mes_add1", points: true, budget: 10, projects: [{ id: "A", cost: 5 }, { id: "B", cost: 5 }], ballots: [["A"], ballot([["B", 2], ["A", 0]])] });
    expect([...outcome.selected].sort()).toEqual(["A", "B"]);
    expect(outcome.explanations.map((e) => e.votes)).toEqual([1, 2]);
  });

  it("refuses negative or fractional points", () => {
    expect(() => computeOutcome({ rule: "greedy", points: true, budget: 1, projects: [{ id: "A", cost: 1 }], ballots: [ballot([["A", -1]])] })).toThrow(RangeError);
    expect(() => computeOutcome({ rule: "greedy", points: true, budget: 1, projects: [{ id: "A", cost: 1 }], ballots: [ballot([["A", 0.5]])] })).toThrow(RangeError);
  });
});
