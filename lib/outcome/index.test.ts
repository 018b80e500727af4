import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approvalView, parsePabulib } from "@/lib/pabulib/parse";
import { computeOutcome } from "./index";
import type { MesUtility, OutcomeInput, OutcomeRule } from "./types";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const expected = JSON.parse(fixture("expected.json")) as Record<string, Record<OutcomeRule, string[]> & { budget: string }>;

describe("real elections (pabutools 1.2.3 results in fixtures/expected.json)", () => {
  for (const [file, answers] of Object.entries(expected)) {
    const election = parsePabulib(fixture(file));
    const ballots = approvalView(election);
    for (const rule of ["greedy", "mes", "mes_add1"] as const) {
      it(`${file}: ${rule}`, () => {
        expect(election.meta.budget).toBe(answers.budget);
        const outcome = computeOutcome({ rule, budget: Number(answers.budget), projects: election.projects, ballots });
        expect([...outcome.selected].sort()).toEqual(answers[rule]);
        expect(outcome.spent).toBeLessThanOrEqual(outcome.budget);
      });
    }
  }
});

describe("computeOutcome", () => {
  it("explains every project, in input order", () => {
    const outcome = computeOutcome({
      rule: "mes",
      budget: 3_000_000,
      projects: [{ id: "A", cost: 2_000_000 }, { id: "B", cost: 1_200_000 }, { id: "C", cost: 900_000 }, { id: "Z", cost: 100 }],
      ballots: [["A", "B"], ["A", "B"], ["B", "C"]],
    });
    expect(outcome.explanations.map((e) => [e.projectId, e.votes, e.selected])).toEqual([
      ["A", 2, false],
      ["B", 3, true],
      ["C", 1, false],
      ["Z", 0, false],
    ]);
    expect(outcome.explanations.map((e) => e.sentence)).toEqual([
      "Its supporters' remaining shares covered £12,000 of £20,000.",
      "Selected in round 1: its 3 supporters shared the £12,000 cost, none paying more than £4,000.",
      "Its supporters' remaining shares covered £6,000 of £9,000.",
      "Nobody voted for it.",
    ]);
  });

  it("rejects malformed input", () => {
    const base: OutcomeInput = { rule: "greedy", budget: 10, projects: [{ id: "A", cost: 5 }], ballots: [["A"]] };
    expect(() => computeOutcome({ ...base, budget: 10.5 })).toThrow(RangeError);
    expect(() => computeOutcome({ ...base, projects: [{ id: "A", cost: -1 }] })).toThrow(RangeError);
    expect(() => computeOutcome({ ...base, projects: [{ id: "A", cost: 1 }, { id: "A", cost: 2 }] })).toThrow(RangeError);
    expect(() => computeOutcome({ ...base, ballots: [["B"]] })).toThrow(/unknown project "B"/);
    expect(() => computeOutcome({ ...base, rule: "mes_add1", add1Step: 0 })).toThrow(RangeError);
  });
});

const arbitraryElection = fc
  .record({
    rule: fc.constantFrom<OutcomeRule>("greedy", "mes", "mes_add1"),
    utility: fc.constantFrom<MesUtility>("cost", "approval"),
    costs: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 8 }),
    voters: fc.array(fc.array(fc.nat({ max: 8 }), { maxLength: 5 }), { maxLength: 14 }),
    budget: fc.integer({ min: 0, max: 150 }),
    seed: fc.integer(),
  })
  .map(({ costs, voters, ...rest }) => {
    const ids = ["9", "10", "b", "A", "ä", "x1", "x10", "x2"];
    const projects = costs.map((cost, i) => ({ id: ids[i] ?? `p${i}`, cost }));
    const ballots = voters.map((v) => v.filter((i) => i < projects.length).map((i) => projects[i]?.id ?? ""));
    return { projects, ballots, ...rest };
  });

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe("outcome properties", () => {
  it("always fits the budget, and spent is the cost of what was selected", () => {
    fc.assert(
      fc.property(arbitraryElection, ({ projects, ballots, budget, rule, utility }) => {
        const outcome = computeOutcome({ rule, utility, budget, projects, ballots });
        const cost = outcome.selected.reduce((sum, id) => sum + (projects.find((p) => p.id === id)?.cost ?? 0), 0);
        expect(outcome.spent).toBe(cost);
        expect(cost).toBeLessThanOrEqual(budget);
        expect(new Set(outcome.selected).size).toBe(outcome.selected.length);
        for (const e of outcome.explanations) if (e.votes === 0) expect(e.selected).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the order of ballots or projects", () => {
    fc.assert(
      fc.property(arbitraryElection, ({ projects, ballots, budget, rule, utility, seed }) => {
        const a = computeOutcome({ rule, utility, budget, projects, ballots });
        const b = computeOutcome({
          rule,
          utility,
          budget,
          projects: shuffle(projects, seed),
          ballots: shuffle(ballots, seed ^ 0x5bd1e995).map((ballot) => shuffle(ballot, seed + 1)),
        });
        expect(b.selected).toEqual(a.selected);
        expect(b.spent).toBe(a.spent);
        const byId = (o: typeof a) => new Map(o.explanations.map((e) => [e.projectId, e.sentence]));
        expect(byId(b)).toEqual(byId(a));
      }),
      { numRuns: 200 },
    );
  });

  it("selects every voted project when they all fit together (greedy and MES + add1)", () => {
    fc.assert(
      fc.property(arbitraryElection, ({ projects, ballots, utility }) => {
        const budget = projects.reduce((sum, p) => sum + p.cost, 0);
        const voted = projects.filter((p) => ballots.some((b) => b.includes(p.id))).map((p) => p.id).sort();
        for (const rule of ["greedy", "mes_add1"] as const) {
          expect([...computeOutcome({ rule, utility, budget, projects, ballots }).selected].sort()).toEqual(voted);
        }
      }),
      { numRuns: 150 },
    );
  });
});
