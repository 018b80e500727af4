import { describe, expect, it } from "vitest";
import { assembleRegionSeries } from "./region-measures";
import { buildRegionTables } from "./region-tables";

const rows = assembleRegionSeries({
  plans: [{ id: "p1", slug: "a", title: "First", periodLabel: "2024" }, { id: "p2", slug: "b", title: "Second", periodLabel: "" }],
  areas: [{ id: "x", population: 1000, imdDecile: 1 }, { id: "y", population: 1000, imdDecile: 10 }],
  participants: [{ planId: "p1", homeAreaId: "x", people: 3 }, { planId: "p1", homeAreaId: "y", people: 1 }],
  proposals: [{ planId: "p1", total: 4, mostDeprived: 1 }],
  onlineVotes: [],
  selectedBudget: [{ planId: "p1", totalPence: 10_000, mostDeprivedPence: 5_000 }],
  pledges: [],
  partnerships: [],
  responses: [],
  equality: [],
  residents: [],
});
const table = (name: string) => {
  const found = buildRegionTables(rows).find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
};

describe("the region's measures tables", () => {
  it("names each plan with its period, and compares the most and least deprived fifths", () => {
    expect(table("deprivation-gap").rows).toEqual([
      ["First (2024)", "3.0", "1.0", "+2.0"],
      ["Second", "0.0", "0.0", "0.0"],
    ]);
  });

  it("says when a plan's votes are not counted yet", () => {
    expect(table("deprived-budget").rows).toEqual([
      ["First (2024)", "£100", "£50", "50%"],
      ["Second", "not counted yet", "not counted yet", "not counted yet"],
    ]);
  });
});
