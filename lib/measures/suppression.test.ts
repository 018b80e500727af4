import { describe, expect, it } from "vitest";
import { describeCount, suppressSmallNumbers } from "./suppression";

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
