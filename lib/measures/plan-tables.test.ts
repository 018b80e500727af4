import { describe, expect, it } from "vitest";
import { assemblePlanMeasures, type PlanMeasureInputs } from "./plan-measures";
import { buildMeasureTables } from "./plan-tables";

// The page's and the CSV's cells from hand-made figures; db/queries/measures/plan-tables.test.ts
// checks the same tables against the queries.
const area = (id: string, name: string, imdDecile: number, population: number) => ({ id, name, code: id, population, imdDecile, boundary: null });
const input: PlanMeasureInputs = {
  participants: { places: [{ homeAreaId: "a", participantType: "resident", people: 2 }, { homeAreaId: "b", participantType: "business", people: 2 }], equality: [] },
  areas: [area("a", "Ashby", 1, 2000), area("b", "Beeston", 10, 1000)],
  outcome: { budgetPence: 300_000, details: null },
  selectedBudget: [{ areaId: "a", areaName: "Ashby", imdDecile: 1, themeName: "Skills", projects: 1, selectedPence: 100_000, adoptedPence: 0 }],
  proposalsBySector: [],
  sectorCombinations: [{ sectors: ["business", "resident"], proposals: 2 }],
  pledgeTotals: [
    { kind: "money", status: "offered", pledges: 1, quantity: 50, unit: "pounds", valuePence: 5_000 },
    { kind: "money", status: "declined", pledges: 1, quantity: 10, unit: "pounds", valuePence: 1_000 },
  ],
  responsiveness: { responded: 2, waiting: 1, withinWeek: 2, withinTwoWeeks: 0, withinFourWeeks: 0, withinEightWeeks: 0, longer: 0, medianDays: 2.5 },
  deliveryStages: [],
  indicators: [{ kind: "jobs_created", total: 3, proposals: 1 }],
  residents: [],
  coverage: [],
};
const tables = buildMeasureTables(assemblePlanMeasures(input));
const table = (name: string) => {
  const found = tables.find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
};

describe("a plan's measures tables", () => {
  it("gives selected money per 1,000 residents, with the map drawn from the same numbers", () => {
    expect(table("money-per-resident").rows).toEqual([
      ["Ashby", 1, 2000, "£1,000", "£500"],
      ["Beeston", 10, 1000, "£0", "£0"],
    ]);
    expect(table("money-per-resident").map?.areas.map((a) => a.value)).toEqual([500, 0]);
    expect(table("reach-neighbourhoods").map?.areas.map((a) => a.value)).toEqual([10, 20]);
  });

  it("sums pledges by kind over standing statuses only", () => {
    expect(table("pledges-by-kind").rows).toEqual([["Money", "£50", "£0", "£0", "£50"]]);
  });

  it("puts the median beside the response bands", () => {
    expect(table("responsiveness").rows.at(-1)).toEqual(["Median time to first response", "2.5 days"]);
  });

  it("leaves out the money tables before a count", () => {
    const before = buildMeasureTables(assemblePlanMeasures({ ...input, outcome: null }));
    expect(before.some((t) => t.section === "money")).toBe(false);
    expect(before.length).toBe(tables.length - 5);
  });
});
