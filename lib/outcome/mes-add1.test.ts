import { describe, expect, it } from "vitest";
import { selectEqualSharesAdd1 } from "./mes-add1";
import { prepareEqualShares } from "./mes-election";
import type { MesUtility, OutcomeProject } from "./types";

// The add1 completion against hand-computed cases; mes.test.ts checks it against a naive exact MES.
const add1 = (projects: OutcomeProject[], ballots: string[][], budget: number, utility: MesUtility = "cost") =>
  selectEqualSharesAdd1(prepareEqualShares(projects, ballots, utility), budget);
const sorted = (ids: readonly string[]) => [...ids].sort();

describe("MES + add1, hand-computed", () => {
  it("raises every share by one unit until the outcome is exhaustive", () => {
    // The first case: budget 30, shares 10 → {B}, 18 left and C (9) fits, so not exhaustive.
    // k=1: 11 each, B leaves 7 < 9.  k=2: 12 each, B leaves 8 < 9.  k=3: 13 each, B leaves 9; A has
    // 18 < 20 and is dropped; C's supporter pays exactly 9 → {B, C}, 9 left, A (20) cannot fit: stop.
    const projects = [{ id: "A", cost: 20 }, { id: "B", cost: 12 }, { id: "C", cost: 9 }];
    const result = add1(projects, [["A", "B"], ["A", "B"], ["B", "C"]], 30);
    expect(sorted(result.selected)).toEqual(["B", "C"]);
    expect(result.add1Increments).toBe(3);
  });

  it("keeps the previous outcome when a raised run overspends, without a greedy fill", () => {
    // budget 20, 2 voters. k=0: 10 each; P (8, both) share 4 → both keep 6; X (7, v1) and Y (7, v2)
    // are unaffordable → {P}, 12 left, X fits: not exhaustive. k=1: 11 each; P leaves 7 each, X and Y
    // tie (ρ 1), both funded → {P, X, Y} costs 22 > 20, so the k=0 outcome {P} is kept. pabutools
    // adds nothing greedily afterwards, even though X would fit.
    const projects = [{ id: "P", cost: 8 }, { id: "X", cost: 7 }, { id: "Y", cost: 7 }];
    const result = add1(projects, [["P", "X"], ["P", "Y"]], 20);
    expect(result.selected).toEqual(["P"]);
    expect(result.spent).toBe(8);
    expect(result.add1Increments).toBe(0);
  });

  it("ignores projects nobody voted for when testing exhaustiveness", () => {
    const projects = [{ id: "A", cost: 10 }, { id: "Z", cost: 1 }];
    const result = add1(projects, [["A"], ["A"]], 100);
    expect(result.selected).toEqual(["A"]);
    expect(result.add1Increments).toBe(0);
  });
});
