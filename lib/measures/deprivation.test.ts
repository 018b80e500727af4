import { describe, expect, it } from "vitest";
import { deprivationGap, isMostDeprived, perThousand, sumByDecile } from "./deprivation";

describe("the most deprived fifth", () => {
  it("knows the most deprived fifth", () => {
    expect([1, 2, 3, 10].map(isMostDeprived)).toEqual([true, true, false, false]);
    expect(isMostDeprived(null)).toBe(false);
  });
});

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
