import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EqualSharesRun, selectEqualShares } from "./mes";
import { selectEqualSharesAdd1 } from "./mes-add1";
import { prepareEqualShares } from "./mes-election";
import { compareCodePoints } from "./rational";
import type { MesUtility, OutcomeProject } from "./types";

const mes = (projects: OutcomeProject[], ballots: string[][], budget: number, utility: MesUtility = "cost") =>
  selectEqualShares(prepareEqualShares(projects, ballots, utility), budget);
const add1 = (projects: OutcomeProject[], ballots: string[][], budget: number, utility: MesUtility = "cost") =>
  selectEqualSharesAdd1(prepareEqualShares(projects, ballots, utility), budget);
const sorted = (ids: readonly string[]) => [...ids].sort();

describe("MES, hand-computed", () => {
  it("funds the best-value project, then drops what supporters can no longer afford", () => {
    // budget 30, 3 voters: 10 each. ρ = share / cost (cost utilities):
    //   A 20 by v1,v2 → share 10, ρ 1/2;  B 12 by all → share 4, ρ 1/3;  C 9 by v3 → share 9, ρ 1.
    // Round 1: B (ρ 1/3); everyone pays 4 and keeps 6. Round 2: A has 6+6 = 12 < 20 and C has 6 < 9,
    // so both are dropped. Outcome {B}, spent 12.
    const projects = [{ id: "A", cost: 20 }, { id: "B", cost: 12 }, { id: "C", cost: 9 }];
    const result = mes(projects, [["A", "B"], ["A", "B"], ["B", "C"]], 30);
    expect(result.selected).toEqual(["B"]);
    expect(result.spent).toBe(12);
    expect(result.reasons.get("A")).toEqual({ kind: "not-covered", covered: 12, cost: 20 });
    expect(result.reasons.get("B")).toEqual({ kind: "mes-selected", round: 1, supporters: 3, maxShare: 4 });
  });

  it("lets a poor supporter pay all they have while the others split the rest", () => {
    // budget 60, 6 voters: 10 each. P 32 by v1..v4: share 8, ρ 8/32 = 1/4. R 18 by v1,v5,v6: share 6,
    // ρ 6/18 = 1/3. Round 1: P; v1..v4 keep 2. Round 2: R's equal share 6 is more than v1's 2, so v1
    // pays 2 and v5, v6 split 16: share 8 each (≤ 10). Outcome {P, R}, spent 50.
    const projects = [{ id: "P", cost: 32 }, { id: "R", cost: 18 }];
    const ballots = [["P", "R"], ["P"], ["P"], ["P"], ["R"], ["R"]];
    const result = mes(projects, ballots, 60);
    expect(result.selected).toEqual(["P", "R"]);
    expect(result.reasons.get("R")).toEqual({ kind: "mes-selected", round: 2, supporters: 3, maxShare: 8 });
  });

  it("differs between cost and approval utilities", () => {
    // budget 100, 2 voters: 50 each. A 80 by both: share 40 (cost ρ 1/2, approval ρ 40).
    // B 30 by v1, C 30 by v2: share 30 (cost ρ 1, approval ρ 30).
    // Cost: A first, both keep 10, B and C unaffordable → {A}.
    // Approval: B and C tie on 30, "B" first; then C; A has 20+20 < 80 → {B, C}.
    const projects = [{ id: "A", cost: 80 }, { id: "B", cost: 30 }, { id: "C", cost: 30 }];
    const ballots = [["A", "B"], ["A", "C"]];
    expect(mes(projects, ballots, 100, "cost").selected).toEqual(["A"]);
    expect(mes(projects, ballots, 100, "approval").selected).toEqual(["B", "C"]);
  });

  it('breaks ties by id as text, so "10" beats "9"', () => {
    // budget 10, 2 voters: 5 each. Both cost 10 and are approved by both: share 5, ρ 1/2 each.
    // "10" < "9" as text, so "10" is funded and "9" finds both voters at 0.
    const projects = [{ id: "9", cost: 10 }, { id: "10", cost: 10 }];
    expect(mes(projects, [["9", "10"], ["9", "10"]], 10).selected).toEqual(["10"]);
  });

  it("counts empty ballots as voters", () => {
    // budget 100. With one voter, they hold 100 ≥ 60 and A is funded; with an empty ballot as well,
    // each holds 50 < 60 and A is not.
    const projects = [{ id: "A", cost: 60 }];
    expect(mes(projects, [["A"]], 100).selected).toEqual(["A"]);
    expect(mes(projects, [["A"], []], 100).selected).toEqual([]);
  });

  it("never funds a project without votes, and funds voted zero-cost projects outright", () => {
    const projects = [{ id: "A", cost: 10 }, { id: "Z", cost: 1 }, { id: "F", cost: 0 }];
    const result = mes(projects, [["A", "F"], ["A"]], 100);
    expect(sorted(result.selected)).toEqual(["A", "F"]);
    expect(result.reasons.get("Z")).toEqual({ kind: "no-votes" });
    expect(result.reasons.get("F")).toEqual({ kind: "free" });
  });
});

// A deliberately naive, exact MES written straight from the definition (reduced bigint fractions,
// every project re-evaluated every round), to check the fast engine against.
type Fraction = readonly [bigint, bigint];
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const frac = (n: bigint, d: bigint): Fraction => {
  const g = gcd(n, d) || 1n;
  return d < 0n ? [-n / g, -d / g] : [n / g, d / g];
};
const minus = (a: Fraction, b: Fraction) => frac(a[0] * b[1] - b[0] * a[1], a[1] * b[1]);
const plus = (a: Fraction, b: Fraction) => frac(a[0] * b[1] + b[0] * a[1], a[1] * b[1]);
const cmp = (a: Fraction, b: Fraction) => Math.sign(Number(a[0] * b[1] - b[0] * a[1]));

function naiveMes(projects: OutcomeProject[], ballots: string[][], budget: bigint, utility: MesUtility): string[] {
  const money: Fraction[] = ballots.map(() => frac(budget, BigInt(Math.max(1, ballots.length))));
  const fans = (id: string) => ballots.flatMap((b, i) => (b.includes(id) ? [i] : []));
  const selected = projects.filter((p) => p.cost === 0 && fans(p.id).length > 0).map((p) => p.id).sort(compareCodePoints);
  let open = projects.filter((p) => p.cost > 0 && fans(p.id).length > 0);
  for (;;) {
    let best: { p: OutcomeProject; rho: Fraction; share: Fraction } | null = null;
    open = open.filter((p) => cmp(fans(p.id).reduce((s, i) => plus(s, money[i] ?? [0n, 1n]), frac(0n, 1n)), frac(BigInt(p.cost), 1n)) >= 0);
    for (const p of open) {
      const byMoney = fans(p.id).sort((a, b) => cmp(money[a] ?? [0n, 1n], money[b] ?? [0n, 1n]));
      let paid = frac(0n, 1n);
      let share = frac(0n, 1n);
      for (const [k, i] of byMoney.entries()) {
        share = frac(BigInt(p.cost) * paid[1] - paid[0], paid[1] * BigInt(byMoney.length - k));
        if (cmp(share, money[i] ?? [0n, 1n]) <= 0) break;
        paid = plus(paid, money[i] ?? [0n, 1n]);
      }
      const rho = frac(share[0], share[1] * BigInt(utility === "cost" ? p.cost : 1));
      const better = best === null || cmp(rho, best.rho) < 0 || (cmp(rho, best.rho) === 0 && compareCodePoints(p.id, best.p.id) < 0);
      if (better) best = { p, rho, share };
    }
    if (best === null) return selected;
    const winner = best;
    selected.push(winner.p.id);
    open = open.filter((p) => p !== winner.p);
    for (const i of fans(winner.p.id)) {
      const has = money[i] ?? [0n, 1n];
      money[i] = cmp(has, winner.share) <= 0 ? frac(0n, 1n) : minus(has, winner.share);
    }
  }
}

function naiveAdd1(projects: OutcomeProject[], ballots: string[][], budget: number, utility: MesUtility): string[] {
  const costOf = (ids: string[]) => ids.reduce((s, id) => s + (projects.find((p) => p.id === id)?.cost ?? 0), 0);
  const candidates = projects.filter((p) => p.cost > 0 && ballots.some((b) => b.includes(p.id)));
  let previous: string[] = [];
  for (let k = 0; ; k++) {
    const outcome = naiveMes(projects, ballots, BigInt(budget + k * ballots.length), utility);
    const cost = costOf(outcome);
    if (cost > budget) return previous;
    if (candidates.every((p) => outcome.includes(p.id) || cost + p.cost > budget)) return outcome;
    previous = outcome;
  }
}

// Small integers make exact ties common, which is what exercises the exact fallbacks.
const election = fc
  .record({
    costs: fc.array(fc.integer({ min: 0, max: 24 }), { minLength: 1, maxLength: 7 }),
    voters: fc.array(fc.array(fc.nat({ max: 6 }), { maxLength: 5 }), { maxLength: 12 }),
    budget: fc.integer({ min: 0, max: 60 }),
    utility: fc.constantFrom<MesUtility>("cost", "approval"),
  })
  .map(({ costs, voters, budget, utility }) => {
    const ids = ["9", "10", "a", "B", "é", "1", "x"];
    const projects = costs.map((cost, i) => ({ id: ids[i] ?? String(i), cost }));
    const ballots = voters.map((v) => [...new Set(v.filter((i) => i < projects.length).map((i) => projects[i]?.id ?? ""))]);
    return { projects, ballots, budget, utility };
  });

describe("MES against a naive exact implementation", () => {
  it("selects the same projects in the same order", () => {
    fc.assert(
      fc.property(election, ({ projects, ballots, budget, utility }) => {
        expect(mes(projects, ballots, budget, utility).selected).toEqual(naiveMes(projects, ballots, BigInt(budget), utility));
      }),
      { numRuns: 400 },
    );
  });

  it("agrees on MES + add1", () => {
    fc.assert(
      fc.property(election, ({ projects, ballots, budget, utility }) => {
        expect(add1(projects, ballots, budget, utility).selected).toEqual(naiveAdd1(projects, ballots, budget, utility));
      }),
      { numRuns: 150 },
    );
  });

  it("agrees on larger elections, where voters split into many budget classes", () => {
    const larger = fc
      .record({
        costs: fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 4, maxLength: 10 }),
        voters: fc.array(fc.array(fc.nat({ max: 9 }), { minLength: 1, maxLength: 6 }), { minLength: 30, maxLength: 90 }),
        budget: fc.integer({ min: 100, max: 2_000 }),
      })
      .map(({ costs, voters, budget }) => {
        const projects = costs.map((cost, i) => ({ id: `p${i}`, cost }));
        const ballots = voters.map((v) => [...new Set(v.filter((i) => i < projects.length).map((i) => `p${i}`))]);
        return { projects, ballots, budget };
      });
    fc.assert(
      fc.property(larger, ({ projects, ballots, budget }) => {
        const run = new EqualSharesRun(prepareEqualShares(projects, ballots, "cost"), BigInt(budget));
        // Exact bookkeeping: what voters still hold plus what was spent is the budget, to the last fraction.
        const left = run.moneyLeft();
        expect(left.num + BigInt(run.cost()) * left.den).toBe(BigInt(budget) * left.den);
        expect(run.selectedIds()).toEqual(naiveMes(projects, ballots, BigInt(budget), "cost"));
      }),
      { numRuns: 60 },
    );
  });

  it("handles many voter classes (array growth) and large money exactly", () => {
    // 40 voters with distinct ballots over 8 projects, costs in the millions: many classes appear.
    const projects = Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, cost: 1_000_003 * (i + 3) }));
    const ballots = Array.from({ length: 40 }, (_, v) => projects.filter((_, i) => ((v * 7 + 3) >> i) % 2 === 1 || i === v % 8).map((p) => p.id));
    const budget = 23_456_789;
    expect(mes(projects, ballots, budget).selected).toEqual(naiveMes(projects, ballots, BigInt(budget), "cost"));
    const run = new EqualSharesRun(prepareEqualShares(projects, ballots, "cost"), BigInt(budget));
    expect(run.cost()).toBeLessThanOrEqual(budget);
  });
});
