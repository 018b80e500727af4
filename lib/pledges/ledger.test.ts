import { describe, expect, it } from "vitest";
import { computeLedger, valuePledge } from "./ledger";

const rates = [
  { kind: "volunteer_hours" as const, pencePerUnit: 1_500 },
  { kind: "money" as const, pencePerUnit: 100 },
  { kind: "jobs" as const, pencePerUnit: 600_000 },
];

describe("valuePledge", () => {
  it("values fractional quantities without float drift", () => {
    expect(valuePledge(2.5, 1_500)).toBe(3_750);
    expect(valuePledge(0.1, 3)).toBe(0);
    expect(valuePledge(1.15, 1_000)).toBe(1_150);
  });
});

describe("computeLedger", () => {
  it("totals pledges by status at the plan's rates and ignores declined and withdrawn ones", () => {
    const ledger = computeLedger(
      1_000_000,
      [
        { kind: "volunteer_hours", quantity: 100, status: "offered" }, // £1,500
        { kind: "money", quantity: 2_000, status: "confirmed" }, // £2,000
        { kind: "jobs", quantity: 2, status: "delivered" }, // £12,000
        { kind: "money", quantity: 9_999, status: "withdrawn" },
        { kind: "jobs", quantity: 1, status: "declined" },
      ],
      rates,
    );
    expect(ledger).toMatchObject({
      requestedPence: 1_000_000,
      offeredPence: 150_000,
      confirmedPence: 200_000,
      deliveredPence: 1_200_000,
      pledgedPence: 1_550_000,
      unvaluedKinds: [],
    });
    // 15,500 of 25,500 total → 61%.
    expect(ledger.communitySharePercent).toBe(61);
    expect(ledger.leverage).toBeCloseTo(1.55);
  });

  it("lists kinds the plan has no rate for instead of guessing their value", () => {
    const ledger = computeLedger(500, [{ kind: "premises", quantity: 10, status: "offered" }], rates);
    expect(ledger.pledgedPence).toBe(0);
    expect(ledger.unvaluedKinds).toEqual(["premises"]);
  });

  it("has no leverage when no public money is asked for, and a 100% community share", () => {
    const ledger = computeLedger(0, [{ kind: "money", quantity: 50, status: "offered" }], rates);
    expect(ledger.leverage).toBeNull();
    expect(ledger.communitySharePercent).toBe(100);
  });
});
