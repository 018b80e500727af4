import { describe, expect, it } from "vitest";
import { selectGreedy } from "./greedy";

const votesOf = (ballots: string[][]) => {
  const votes = new Map<string, number>();
  for (const ballot of ballots) for (const id of ballot) votes.set(id, (votes.get(id) ?? 0) + 1);
  return votes;
};

describe("greedy", () => {
  it("takes projects by votes, skipping those that no longer fit", () => {
    // budget 30. Votes: B 3, A 2, C 1. B (12) fits → 18 left; A (20) does not fit 18; C (9) fits → 9 left.
    const projects = [{ id: "A", cost: 20 }, { id: "B", cost: 12 }, { id: "C", cost: 9 }];
    const result = selectGreedy(projects, votesOf([["A", "B"], ["A", "B"], ["B", "C"]]), 30);
    expect(result.selected).toEqual(["B", "C"]);
    expect(result.spent).toBe(21);
    expect(result.reasons.get("B")).toEqual({ kind: "greedy-selected", rank: 1, left: 30 });
    expect(result.reasons.get("A")).toEqual({ kind: "did-not-fit", left: 18 });
    expect(result.reasons.get("C")).toEqual({ kind: "greedy-selected", rank: 3, left: 18 });
  });

  it('breaks ties by id as text, so "10" comes before "9"', () => {
    // Both have 2 votes and cost 10; the budget of 10 funds one: "10" < "9" as text.
    const projects = [{ id: "9", cost: 10 }, { id: "10", cost: 10 }];
    expect(selectGreedy(projects, votesOf([["9", "10"], ["9", "10"]]), 10).selected).toEqual(["10"]);
  });

  it("never funds a project nobody voted for, even when it fits", () => {
    const projects = [{ id: "A", cost: 10 }, { id: "Z", cost: 1 }];
    const result = selectGreedy(projects, votesOf([["A"]]), 100);
    expect(result.selected).toEqual(["A"]);
    expect(result.reasons.get("Z")).toEqual({ kind: "no-votes" });
  });

  it("funds voted zero-cost projects whatever is left", () => {
    const projects = [{ id: "A", cost: 10 }, { id: "F", cost: 0 }];
    expect(selectGreedy(projects, votesOf([["A", "F"], ["A"]]), 10).selected).toEqual(["A", "F"]);
  });
});
