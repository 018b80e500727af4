import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeOutcome } from "./index";
import type { OutcomeRule } from "./types";

const north = { label: "North", amount: 40, eligible: (id: string) => id.startsWith("n") };
const projects = [
  { id: "n1", cost: 30 },
  { id: "n2", cost: 30 },
  { id: "s1", cost: 50 },
  { id: "s2", cost: 50 },
];
// Votes: s1 10, s2 8, n2 5, n1 1.
const ballots = [
  ...Array.from({ length: 10 }, () => ["s1"]),
  ...Array.from({ length: 8 }, () => ["s2"]),
  ...Array.from({ length: 5 }, () => ["n2"]),
  ["n1"],
];

describe("ring-fences", () => {
  it("reserves money for eligible projects, then runs on the rest with what is left", () => {
    // Without a ring-fence, greedy funds s1 and s2 (100). With 40 reserved for the north: n2 (30)
    // is funded in the ring-fence, n1 (30) no longer fits its 10; the open stage then has
    // 100 - 30 = 70: s1 (50) fits, s2 (50) does not fit 20, n1 (30) does not fit 20.
    expect(computeOutcome({ rule: "greedy", budget: 100, projects, ballots }).selected).toEqual(["s1", "s2"]);
    const fenced = computeOutcome({ rule: "greedy", budget: 100, projects, ballots, ringFences: [north] });
    expect(fenced.selected).toEqual(["n2", "s1"]);
    expect(fenced.stages.map((s) => [s.label, s.budget, s.spent])).toEqual([["North", 40, 30], [null, 70, 50]]);
    const n2 = fenced.explanations.find((e) => e.projectId === "n2");
    expect(n2?.stage).toBe("North");
    expect(fenced.explanations.find((e) => e.projectId === "n1")?.stage).toBeNull();
  });

  it("refuses ring-fences that reserve more than the budget", () => {
    expect(() => computeOutcome({ rule: "mes", budget: 30, projects, ballots, ringFences: [north] })).toThrow(RangeError);
  });

  it("keeps each ring-fenced stage within its amount and its eligible projects", () => {
    const arbitrary = fc.record({
      rule: fc.constantFrom<OutcomeRule>("greedy", "mes", "mes_add1"),
      costs: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 8 }),
      voters: fc.array(fc.array(fc.nat({ max: 7 }), { maxLength: 4 }), { maxLength: 10 }),
      budget: fc.integer({ min: 0, max: 120 }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      mask: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    });
    fc.assert(
      fc.property(arbitrary, ({ rule, costs, voters, budget, share, mask }) => {
        const ps = costs.map((cost, i) => ({ id: `p${i}`, cost }));
        const bs = voters.map((v) => v.filter((i) => i < ps.length).map((i) => `p${i}`));
        const eligible = (id: string) => mask[Number(id.slice(1))] === true;
        const amount = Math.floor(budget * share);
        const outcome = computeOutcome({ rule, budget, projects: ps, ballots: bs, ringFences: [{ label: "F", amount, eligible }] });
        const [fence, open] = outcome.stages;
        expect(fence?.spent).toBeLessThanOrEqual(amount);
        expect(fence?.selected.every(eligible)).toBe(true);
        expect(open?.budget).toBe(budget - (fence?.spent ?? 0));
        expect(outcome.spent).toBeLessThanOrEqual(budget);
      }),
      { numRuns: 150 },
    );
  });
});
