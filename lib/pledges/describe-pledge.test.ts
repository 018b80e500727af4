import { describe, expect, it } from "vitest";
import { describePledge, formatQuantity, possessive } from "./describe-pledge";

describe("describing pledges", () => {
  it("formats quantities with their units", () => {
    expect(formatQuantity(2, "placement")).toBe("2 placements");
    expect(formatQuantity(1, "placement")).toBe("1 placement");
    expect(formatQuantity(2.5, "hour")).toBe("2.5 hours");
    expect(formatQuantity(2, "apprenticeships")).toBe("2 apprenticeships");
    expect(formatQuantity(3, "day of mentoring")).toBe("3 day of mentoring");
    expect(formatQuantity(1500, "£")).toBe("£1,500");
    expect(formatQuantity(1000, "£ of local spend")).toBe("£1,000 of local spend");
    expect(formatQuantity(4, "delivery")).toBe("4 deliveries");
  });

  it("names a pledge by who made it", () => {
    expect(possessive("Holroyd & Daughters")).toBe("Holroyd & Daughters'");
    expect(possessive("Amira")).toBe("Amira's");
    expect(describePledge({ organisationName: "Holroyd & Daughters", pledgerName: "Jo", quantity: 2, unit: "apprenticeship" })).toBe(
      "Holroyd & Daughters' pledge of 2 apprenticeships",
    );
    expect(describePledge({ organisationName: null, pledgerName: null, quantity: 10, unit: "hour" })).toBe("A former member's pledge of 10 hours");
  });
});
