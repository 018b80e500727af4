import { describe, expect, it } from "vitest";
import { APPROX_RELATIVE_ERROR, approxQuotient, bitLength, ceilQuotient, compareCodePoints, floorQuotient, gcdInt } from "./rational";

describe("exact helpers", () => {
  it("measures bigints in bits", () => {
    expect([0n, 1n, 2n, 255n, 256n, 2n ** 200n].map(bitLength)).toEqual([0, 1, 2, 8, 9, 201]);
  });

  it("approximates quotients of huge bigints within the stated error", () => {
    const den = 3n ** 900n; // far beyond 2^1024, where Number() would overflow
    for (const [num, expected] of [
      [den * 7n + den / 3n, 7 + 1 / 3],
      [den / 1000n, 0.001],
      [1n, 0],
    ] as const) {
      const got = approxQuotient(num, den);
      expect(Math.abs(got - expected)).toBeLessThanOrEqual(Math.abs(expected) * APPROX_RELATIVE_ERROR + 1e-300);
    }
    expect(approxQuotient(10n, 4n)).toBe(2.5);
  });

  it("rounds money for display", () => {
    expect([floorQuotient(7n, 2n), ceilQuotient(7n, 2n), ceilQuotient(6n, 2n)]).toEqual([3, 4, 3]);
    expect(gcdInt(84, 36)).toBe(12);
  });

  it("orders text by code point, as Python does", () => {
    expect(compareCodePoints("10", "9")).toBeLessThan(0);
    expect(compareCodePoints("a", "a")).toBe(0);
    expect(compareCodePoints("ab", "a")).toBeGreaterThan(0);
    // U+1F600 (a surrogate pair in UTF-16) sorts after U+FF5E, unlike JavaScript's "<".
    expect("\u{1F600}" < "\uFF5E").toBe(true);
    expect(compareCodePoints("\u{1F600}", "\uFF5E")).toBeGreaterThan(0);
  });
});
