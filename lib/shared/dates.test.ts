import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./dates";

describe("dates in UK time", () => {
  it("formats a date in Europe/London even near midnight UTC in summer", () => {
    expect(formatDate(new Date("2026-06-30T23:30:00Z"))).toBe("1 July 2026");
    expect(formatDate(new Date("2026-11-30T23:30:00Z"))).toBe("30 November 2026");
  });
  it("includes the time", () => {
    expect(formatDateTime(new Date("2026-11-01T09:05:00Z"))).toBe("1 Nov 2026, 09:05");
  });
});
