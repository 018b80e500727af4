import { describe, expect, it } from "vitest";
import {
  communitySharePercent,
  deprivationGap,
  describeCount,
  describeMedianDays,
  median,
  perThousand,
  ringFencesFromDetails,
  sectorPairs,
  sumBy,
  sumByDecile,
  suppressSmallNumbers,
} from "./measures";

describe("perThousand", () => {
  it("gives people per 1,000 residents to one decimal place", () => {
    expect(perThousand(3, 2000)).toBe(1.5);
    expect(perThousand(1, 3000)).toBe(0.3); // 0.333…
    expect(perThousand(2, 3000)).toBe(0.7); // 0.666…
    expect(perThousand(0, 500)).toBe(0);
  });
  it("is null where nobody lives", () => {
    expect(perThousand(4, 0)).toBeNull();
  });
});

describe("deprivation gap", () => {
  const rows = [
    { imdDecile: 1, count: 6, population: 2000 },
    { imdDecile: 2, count: 3, population: 1000 },
    { imdDecile: 5, count: 50, population: 1000 },
    { imdDecile: 9, count: 2, population: 1000 },
    { imdDecile: 10, count: 2, population: 3000 },
  ];
  it("compares the most deprived fifth with the least from each fifth's own totals", () => {
    // Most: 9 people in 3,000 = 3.0 per 1,000. Least: 4 in 4,000 = 1.0. Gap 2.0.
    expect(deprivationGap(rows)).toEqual({ mostDeprivedPerThousand: 3, leastDeprivedPerThousand: 1, gapPerThousand: 2 });
  });
  it("has no gap when a fifth has no residents", () => {
    expect(deprivationGap(rows.filter((row) => row.imdDecile < 9))).toEqual({ mostDeprivedPerThousand: 3, leastDeprivedPerThousand: null, gapPerThousand: null });
  });
  it("sums areas into all ten deciles", () => {
    const deciles = sumByDecile([...rows, { imdDecile: 1, count: 1, population: 500 }]);
    expect(deciles).toHaveLength(10);
    expect(deciles[0]).toEqual({ imdDecile: 1, count: 7, population: 2500 });
    expect(deciles[2]).toEqual({ imdDecile: 3, count: 0, population: 0 });
  });
});

describe("small-number suppression", () => {
  const shown = (value: number) => ({ shown: true, value });
  const small = { shown: false, reason: "small" };
  const secondary = { shown: false, reason: "secondary" };
  it("shows a group with no small counts as it is", () => {
    expect(suppressSmallNumbers([12, 7, 5])).toEqual({ cells: [shown(12), shown(7), shown(5)], total: shown(24) });
  });
  it("hides a lone small count and the next smallest, so it cannot be worked out from the total", () => {
    expect(suppressSmallNumbers([20, 3, 9, 11])).toEqual({ cells: [shown(20), small, secondary, shown(11)], total: shown(43) });
  });
  it("hides more when the hidden cells add up to fewer than 5", () => {
    // 1 + 2 = 3 < 5: the next smallest (6) goes too, making 9.
    expect(suppressSmallNumbers([1, 2, 6, 30])).toEqual({ cells: [small, small, secondary, shown(30)], total: shown(39) });
  });
  it("stops when two or more hidden cells add up to at least 5", () => {
    expect(suppressSmallNumbers([4, 3, 10])).toEqual({ cells: [small, small, shown(10)], total: shown(17) });
  });
  it("hides a total below 5 and every cell under it", () => {
    expect(suppressSmallNumbers([1, 2])).toEqual({ cells: [small, small], total: small });
  });
  it("shows zeros, which pick out no one, and never hides a zero to protect a small count", () => {
    expect(suppressSmallNumbers([0, 12, 7])).toEqual({ cells: [shown(0), shown(12), shown(7)], total: shown(19) });
    // 3 alone could be worked out from the total; the zero would not help, so the 7 goes.
    expect(suppressSmallNumbers([0, 3, 7, 20])).toEqual({ cells: [shown(0), small, secondary, shown(20)], total: shown(30) });
    expect(suppressSmallNumbers([0, 0])).toEqual({ cells: [shown(0), shown(0)], total: shown(0) });
  });
  it("reads the same on the page and in the CSV", () => {
    expect(describeCount({ shown: true, value: 8 })).toBe("8");
    expect(describeCount({ shown: false, reason: "small" })).toBe("fewer than 5");
    expect(describeCount({ shown: false, reason: "secondary" })).toBe("withheld");
  });
});

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
