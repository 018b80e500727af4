import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_COST_PENCE, parsePoundsToPence, penceToPoundsInput } from "./money-input";

describe("parsePoundsToPence", () => {
  it.each([
    ["£12,400", 1_240_000],
    ["12400.50", 1_240_050],
    ["12400.5", 1_240_050],
    ["12400.", 1_240_000],
    [".75", 75],
    [" £ 12 400 ", 1_240_000],
    ["£1,234,567.89", 123_456_789],
    ["0", 0],
    ["£0.01", 1],
    ["GBP 950", 95_000],
    ["£10,000,000", MAX_COST_PENCE],
    ["0012", 1_200],
  ])("reads %j as %i pence", (input, pence) => {
    expect(parsePoundsToPence(input)).toEqual({ ok: true, pence });
  });

  it.each(["-5", "£-5", "-£5", "−£12,400", "(£50)"])("refuses the negative amount %j", (input) => {
    expect(parsePoundsToPence(input)).toEqual({ ok: false, message: "The cost cannot be negative" });
  });

  it.each(["£10,000,000.01", "10000001", "99999999999999999999"])("refuses %j as over £10m", (input) => {
    const result = parsePoundsToPence(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/£10,000,000 or less/);
  });

  it("asks for a cost when there is none", () => {
    expect(parsePoundsToPence("   ")).toEqual({ ok: false, message: "Enter an estimated cost in pounds, for example £12,400" });
  });

  it.each(["twelve pounds", "£12,40", "12,4000", "1.2.3", "£", "12e3", "$400", "0x10"])("refuses %j as not an amount", (input) => {
    const result = parsePoundsToPence(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/numbers only/);
  });

  it("refuses fractions of a penny", () => {
    expect(parsePoundsToPence("12.345")).toEqual({ ok: false, message: "Give pence as at most two digits after the point, for example 12400.50" });
  });

  it("reads back exactly what the form shows for any stored cost", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_COST_PENCE }), (pence) => {
        expect(parsePoundsToPence(penceToPoundsInput(pence))).toEqual({ ok: true, pence });
      }),
    );
  });

  it("shows whole pounds without pence and pence with two digits", () => {
    expect(penceToPoundsInput(1_240_000)).toBe("12400");
    expect(penceToPoundsInput(1_240_005)).toBe("12400.05");
  });
});
