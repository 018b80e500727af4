import { describe, expect, it } from "vitest";
import { ADD1_STEP_PENCE, countPlan, expandPaperCounts, paperVotesOf } from "./plan-count";

const paper = new Map([["a", 3], ["b", 1]]);

describe("paper counts", () => {
  it("become one-project ballots under greedy, one per approval", () => {
    expect(expandPaperCounts("greedy", paper)).toEqual([["a"], ["a"], ["a"], ["b"]]);
    expect(paperVotesOf("greedy", paper, "a")).toBe(3);
    expect(paperVotesOf("greedy", paper, "c")).toBe(0);
  });

  it("are left out under the equal-shares rules, which need whole ballots", () => {
    expect(expandPaperCounts("mes", paper)).toEqual([]);
    expect(expandPaperCounts("mes_add1", paper)).toEqual([]);
    expect(paperVotesOf("mes", paper, "a")).toBe(0);
  });
});

describe("counting a plan", () => {
  const projects = [{ engineId: "a", cost: 600 }, { engineId: "b", cost: 500 }];
  it("adds paper approvals to the online ballots under greedy", () => {
    // Online: b 2, a 1. With paper a +3 (4 in all) a ranks first and takes 600 of 1,000; b no longer fits.
    const outcome = countPlan({ rule: "greedy", utility: "cost", budgetPence: 1000, projects, ballots: [["a"], ["b"], ["b"]], paperCounts: paper, ringFences: [] });
    expect(outcome.selected).toEqual(["a"]);
    expect(outcome.explanations.find((e) => e.projectId === "a")?.votes).toBe(4);
  });

  it("counts only whole ballots under MES", () => {
    const outcome = countPlan({ rule: "mes", utility: "cost", budgetPence: 1000, projects, ballots: [["a"], ["b"], ["b"]], paperCounts: paper, ringFences: [] });
    expect(outcome.voterCount).toBe(3);
    expect(outcome.explanations.find((e) => e.projectId === "a")?.votes).toBe(1);
  });

  it("raises each voter's share by £1 per add1 step", () => {
    expect(ADD1_STEP_PENCE).toBe(100);
  });
});
