import { describe, expect, it } from "vitest";
import { formatPence, formatPenceShort, percentOf } from "./money";

describe("formatPence", () => {
  it("shows whole pounds without pence and keeps pence when present", () => {
    expect(formatPence(1_240_000)).toBe("£12,400");
    expect(formatPence(1_240_050)).toBe("£12,400.50");
    expect(formatPence(5)).toBe("£0.05");
    expect(formatPence(0)).toBe("£0");
  });
  it("refuses fractional pence, which would mean a float crept in", () => {
    expect(() => formatPence(10.5)).toThrow(RangeError);
  });
});

describe("formatPenceShort", () => {
  it("abbreviates millions and thousands", () => {
    expect(formatPenceShort(150_000_000)).toBe("£1.5m");
    expect(formatPenceShort(100_000_000)).toBe("£1m");
    expect(formatPenceShort(24_000_000)).toBe("£240k");
    expect(formatPenceShort(95_000)).toBe("£950");
  });
});

describe("percentOf", () => {
  it("rounds to whole percent and is 0 for an empty whole", () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(5, 0)).toBe(0);
  });
});
