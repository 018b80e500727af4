import { describe, expect, it } from "vitest";
import { firstExceeded, rateLimitKey, windowStart } from "./rate-limit";

describe("rate limits", () => {
  it("puts times in the same fixed window", () => {
    const window = 15 * 60_000;
    expect(windowStart(new Date("2026-11-22T10:14:59Z"), window)).toEqual(new Date("2026-11-22T10:00:00Z"));
    expect(windowStart(new Date("2026-11-22T10:15:00Z"), window)).toEqual(new Date("2026-11-22T10:15:00Z"));
    expect(() => windowStart(new Date(), 0)).toThrow(RangeError);
  });

  it("reports the first limit exceeded after counting", () => {
    expect(firstExceeded([{ key: "a", limit: 5, count: 5 }, { key: "b", limit: 3, count: 3 }])).toBeNull();
    expect(firstExceeded([{ key: "a", limit: 5, count: 6 }, { key: "b", limit: 3, count: 4 }])).toEqual({ key: "a", limit: 5, count: 6 });
  });

  it("normalises keys", () => {
    expect(rateLimitKey("sign-in-email", " Ann@Example.ORG ")).toBe("sign-in-email:ann@example.org");
  });
});
