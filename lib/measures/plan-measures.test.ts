import { describe, expect, it } from "vitest";
import { assemblePlanMeasures, communitySharePercent, describeMedianDays, median, ringFencesFromDetails, sectorPairs, sumBy, type PlanMeasureInputs } from "./plan-measures";

describe("community share, median and ring-fences", () => {
  it("gives the community share of the whole cost", () => {
    // £300 pledged against £900 public: 300 / 1,200 = 25%.
    expect(communitySharePercent(30_000, 90_000)).toBe(25);
    expect(communitySharePercent(0, 0)).toBe(0);
  });
  it("takes the median, or none", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
    expect(describeMedianDays(null)).toBe("no responses yet");
    expect(describeMedianDays(2.25)).toBe("2.3 days");
    expect(describeMedianDays(1)).toBe("1 day");
  });
  it("reads ring-fences from either shape of stored details, leaving out the open stage", () => {
    expect(
      ringFencesFromDetails({
        stages: [
          { label: "Deprived areas", budget: 100_000, spent: 100_000 },
          { label: "Listed", budgetPence: 50_000, spentPence: 20_000 },
          { label: "Community", budget: 10_000, spent: 0 },
          { label: null, budget: 900_000, spent: 800_000 },
          { label: "main", budgetPence: 900_000, spentPence: 800_000 },
        ],
      }),
    ).toEqual([
      { label: "Deprived areas", budgetPence: 100_000, spentPence: 100_000, status: "met", shortfallPence: 0 },
      { label: "Listed", budgetPence: 50_000, spentPence: 20_000, status: "partly met", shortfallPence: 30_000 },
      { label: "Community", budgetPence: 10_000, spentPence: 0, status: "not met", shortfallPence: 10_000 },
    ]);
    expect(ringFencesFromDetails({})).toEqual([]);
    expect(ringFencesFromDetails(null)).toEqual([]);
  });
});

describe("sectors and sums", () => {
  it("counts each pair of sectors working together", () => {
    expect(
      sectorPairs([
        { sectors: ["resident", "business"], proposals: 2 },
        { sectors: ["business", "public_body", "resident"], proposals: 1 },
      ]),
    ).toEqual([
      { a: "business", b: "resident", proposals: 3 },
      { a: "business", b: "public_body", proposals: 1 },
      { a: "public_body", b: "resident", proposals: 1 },
    ]);
  });
  it("sums by a key", () => {
    expect(sumBy([{ k: "a", v: 1 }, { k: "b", v: 2 }, { k: "a", v: 4 }], (r) => r.k, (r) => r.v)).toEqual(new Map([["a", 5], ["b", 2]]));
  });
});

describe("assembling a plan's measures from its aggregate rows", () => {
  const area = (id: string, name: string, imdDecile: number, population: number) => ({ id, name, code: id, population, imdDecile, boundary: null });
  const budgetRow = (areaId: string, areaName: string, imdDecile: number, themeName: string, selectedPence: number, adoptedPence: number) => ({ areaId, areaName, imdDecile, themeName, projects: 1, selectedPence, adoptedPence });
  const input: PlanMeasureInputs = {
    participants: {
      places: [
        { homeAreaId: "a", participantType: "resident", people: 2 },
        { homeAreaId: "b", participantType: "resident", people: 1 },
        { homeAreaId: "b", participantType: "business", people: 1 },
        { homeAreaId: null, participantType: "resident", people: 1 },
      ],
      equality: [],
    },
    areas: [area("a", "Ashby", 1, 2000), area("b", "Beeston", 10, 1000), area("c", "Carlton", 5, 1000)],
    outcome: { budgetPence: 300_000, details: { stages: [{ label: null, budget: 200_000, spent: 150_000 }, { label: "Deprived areas", budget: 100_000, spent: 100_000 }] } },
    selectedBudget: [
      budgetRow("a", "Ashby", 1, "Skills and employment", 100_000, 0),
      budgetRow("b", "Beeston", 10, "Green spaces", 150_000, 150_000),
    ],
    proposalsBySector: [{ sector: "resident", proposals: 2, requestedPence: 110_000 }, { sector: "business", proposals: 1, requestedPence: 150_000 }],
    sectorCombinations: [{ sectors: ["business", "resident"], proposals: 1 }, { sectors: ["business", "community_voluntary", "resident"], proposals: 1 }],
    pledgeTotals: [
      { kind: "volunteer_hours", status: "offered", pledges: 1, quantity: 10, unit: "hours", valuePence: 15_000 },
      { kind: "money", status: "declined", pledges: 1, quantity: 50, unit: "pounds", valuePence: 5_000 },
      { kind: "money", status: "confirmed", pledges: 2, quantity: 100, unit: "pounds", valuePence: 10_000 },
    ],
    responsiveness: { responded: 1, waiting: 1, withinWeek: 1, withinTwoWeeks: 0, withinFourWeeks: 0, withinEightWeeks: 0, longer: 0, medianDays: 3 },
    deliveryStages: [{ status: "delivered", proposals: 2 }],
    indicators: [{ kind: "jobs_created", total: 3, proposals: 1 }],
    residents: [],
    coverage: [],
  };
  const measures = assemblePlanMeasures(input);

  it("counts people by home neighbourhood and deprivation, per 1,000 residents", () => {
    expect(measures.reach.totalPeople).toBe(5);
    expect(measures.reach.peopleWithoutRegionArea).toBe(1);
    expect(measures.reach.byArea.map((row) => [row.name, row.people, row.perThousand])).toEqual([
      ["Ashby", 2, 1],
      ["Beeston", 2, 2],
      ["Carlton", 0, 0],
    ]);
    expect(measures.reach.byDecile[1]).toEqual({ imdDecile: 2, count: 0, population: 0, perThousand: null });
    expect(measures.reach.gap).toEqual({ mostDeprivedPerThousand: 1, leastDeprivedPerThousand: 2, gapPerThousand: -1 });
  });

  it("sums the selected budget by neighbourhood, theme and decile, largest first, with the most deprived fifth's part", () => {
    const money = measures.money;
    if (!money) throw new Error("no money");
    expect([money.selectedPence, money.adoptedPence, money.mostDeprivedPence]).toEqual([250_000, 150_000, 100_000]);
    expect(money.byArea.map((row) => [row.areaName, row.selectedPence, row.adoptedPence, row.projects])).toEqual([
      ["Beeston", 150_000, 150_000, 1],
      ["Ashby", 100_000, 0, 1],
    ]);
    expect(money.byTheme.map((row) => row.themeName)).toEqual(["Green spaces", "Skills and employment"]);
    expect(money.byDecile).toHaveLength(10);
    expect(money.byDecile.filter((row) => row.selectedPence > 0).map((row) => row.imdDecile)).toEqual([1, 10]);
    expect(money.ringFences).toEqual([{ label: "Deprived areas", budgetPence: 100_000, spentPence: 100_000, status: "met", shortfallPence: 0 }]);
  });

  it("has no money figures before a count", () => {
    expect(assemblePlanMeasures({ ...input, outcome: null }).money).toBeNull();
  });

  it("counts sectors, pairs and partnerships", () => {
    expect(Object.fromEntries(measures.sectors.people.map((row) => [row.sector, row.people]))).toEqual({ resident: 4, business: 1 });
    expect(measures.sectors.partnerships).toBe(2);
    expect(measures.sectors.pairs[0]).toEqual({ a: "business", b: "resident", proposals: 2 });
  });

  it("values standing pledges only, sorts them by kind and status, and gives the community share", () => {
    expect(measures.pledges.rows.map((row) => [row.kind, row.status])).toEqual([
      ["money", "confirmed"],
      ["money", "declined"],
      ["volunteer_hours", "offered"],
    ]);
    expect(measures.pledges.pledgedPence).toBe(25_000);
    expect(measures.pledges.requestedPence).toBe(260_000);
    expect(measures.pledges.communitySharePercent).toBe(communitySharePercent(25_000, 260_000));
  });

  it("lists every delivery stage, with none where nothing has reached it", () => {
    expect(measures.delivery).toEqual([
      { status: "adopted", proposals: 0 },
      { status: "in_delivery", proposals: 0 },
      { status: "delivered", proposals: 2 },
    ]);
  });

  it("compares every equality question with residents, even with no figures", () => {
    expect(measures.representativeness.map((row) => [row.question, row.areasInRegion, row.areasWithFigures])).toEqual([
      ["age_band", 3, 0],
      ["gender", 3, 0],
      ["ethnicity", 3, 0],
      ["disability", 3, 0],
      ["employment_status", 3, 0],
    ]);
  });
});
