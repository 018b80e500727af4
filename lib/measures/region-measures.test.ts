import { describe, expect, it } from "vitest";
import { assembleRegionSeries, moneyPerThousand, shareOrNull } from "./region-measures";

describe("region measures helpers", () => {
  it("gives a share only when there is a whole", () => {
    expect(shareOrNull(1, 3)).toBe(33);
    expect(shareOrNull(0, 0)).toBeNull();
  });

  it("puts each plan's aggregates beside the region's residents, in the plans' order, with defaults for missing rows", () => {
    const rows = assembleRegionSeries({
      plans: [
        { id: "p2", slug: "b", title: "B", periodLabel: "" },
        { id: "p1", slug: "a", title: "A", periodLabel: "2024" },
      ],
      areas: [
        { id: "x", population: 1000, imdDecile: 1 },
        { id: "y", population: 3000, imdDecile: 9 },
      ],
      participants: [
        { planId: "p1", homeAreaId: "x", people: 2 },
        { planId: "p1", homeAreaId: "y", people: 3 },
        { planId: "p1", homeAreaId: null, people: 3 },
        { planId: "p1", homeAreaId: "elsewhere", people: 4 },
      ],
      proposals: [{ planId: "p1", total: 4, mostDeprived: 1 }],
      onlineVotes: [],
      selectedBudget: [{ planId: "p1", totalPence: 0, mostDeprivedPence: 0 }],
      pledges: [{ planId: "p1", pledgedPence: 10, deliveredPence: 5 }],
      partnerships: [{ planId: "p1", proposals: 2 }],
      responses: [{ planId: "p1", responded: 3, medianDays: 1.5 }],
      equality: [
        { planId: "p1", question: "disability", answer: "Yes", people: 10 },
        { planId: "p1", question: "disability", answer: "No", people: 30 },
        { planId: "p1", question: "gender", answer: "Woman", people: 40 },
      ],
      residents: [
        { question: "disability", answer: "Yes", people: 200 },
        { question: "disability", answer: "No", people: 800 },
      ],
    });
    expect(rows.map((row) => row.id)).toEqual(["p2", "p1"]);
    const [empty, full] = rows;
    expect(empty).toMatchObject({ participants: 0, residents: 4000, perThousand: 0, selectedBudget: null, partnerships: 0, medianDays: null });
    expect(empty?.proposals).toEqual({ total: 0, mostDeprived: 0, percent: null });
    // 12 people of 4,000 = 3 per 1,000; fifths: 2 / 1,000 and 3 / 3,000.
    expect(full).toMatchObject({ participants: 12, perThousand: 3, pledgedPence: 10, deliveredPence: 5, partnerships: 2, responded: 3, medianDays: 1.5 });
    expect(full?.gap).toEqual({ mostDeprivedPerThousand: 2, leastDeprivedPerThousand: 1, gapPerThousand: 1 });
    expect(full?.proposals.percent).toBe(25);
    expect(full?.selectedBudget).toEqual({ totalPence: 0, mostDeprivedPence: 0, percent: null });
    // Disability: 25% of those taking part said yes against 20% of residents; ½ (5 + 5) = 5.
    const question = (row: typeof full, key: string) => row?.representativeness.find((r) => r.question === key);
    expect(question(full, "disability")).toEqual({ question: "disability", total: { shown: true, value: 40 }, hasResidents: true, dissimilarity: 5 });
    expect(question(full, "gender")).toEqual({ question: "gender", total: { shown: true, value: 40 }, hasResidents: false, dissimilarity: null });
    expect(question(empty, "disability")).toEqual({ question: "disability", total: { shown: true, value: 0 }, hasResidents: true, dissimilarity: null });
  });

  it("works out selected budget per 1,000 residents in whole pounds", () => {
    const rows = moneyPerThousand([
      { id: "a", name: "A", population: 2000, imdDecile: 1, selectedPence: 100_000 },
      { id: "b", name: "B", population: 3000, imdDecile: 4, selectedPence: 100_000 },
      { id: "c", name: "C", population: 0, imdDecile: 4, selectedPence: 5 },
    ]);
    // £1,000 / 2 = £500; £1,000 / 3 = £333.33 → £333; no residents: nothing to divide by.
    expect(rows.map((row) => row.poundsPerThousand)).toEqual([500, 333, null]);
  });
});
