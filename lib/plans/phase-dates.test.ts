import { describe, expect, it } from "vitest";
import { parseLondonDateTime, toLondonInput } from "./phase-dates";

describe("UK times", () => {
  it("reads a summer time and a winter time as UK clocks show them", () => {
    expect(parseLondonDateTime("2027-07-01T09:00")?.toISOString()).toBe("2027-07-01T08:00:00.000Z");
    expect(parseLondonDateTime("2027-01-01T09:00")?.toISOString()).toBe("2027-01-01T09:00:00.000Z");
    expect(parseLondonDateTime("2027-02-30T09:00")).toBeNull();
    expect(toLondonInput(new Date("2027-07-01T08:00:00Z"))).toBe("2027-07-01T09:00");
  });
});
