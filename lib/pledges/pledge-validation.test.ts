import { describe, expect, it } from "vitest";
import { pledgeKindLabels, pledgeKinds } from "./kinds";
import { pledgeInputSchema } from "./pledge-validation";

describe("pledgeInputSchema", () => {
  const proposalId = "3f2b8c1e-9a4d-4e2b-8f1a-2b3c4d5e6f70";
  const base = { proposalId, kind: "jobs", quantity: "2", unit: "placement" };

  it("covers every pledge kind", () => {
    expect([...pledgeKinds].sort()).toEqual(Object.keys(pledgeKindLabels).sort());
  });

  it("reads quantities as people type them and treats blank choices as none", () => {
    const parsed = pledgeInputSchema.parse({ ...base, quantity: " £1,250.50 ", organisationId: "", needId: "" });
    expect(parsed).toMatchObject({ quantity: 1250.5, organisationId: null, needId: null, description: "" });
  });

  it("refuses nonsense quantities with a message for each", () => {
    const messageFor = (quantity: string) => pledgeInputSchema.safeParse({ ...base, quantity }).error?.issues[0]?.message;
    expect(messageFor("")).toBe("Enter how much you are pledging");
    expect(messageFor("lots")).toBe("Enter a number, like 2 or 2.5");
    expect(messageFor("0")).toBe("Enter an amount above zero");
    expect(messageFor("-3")).toBe("Enter an amount above zero");
    expect(messageFor("1.255")).toBe("Use at most two decimal places");
    expect(messageFor("99999999999")).toBe("That amount is too large");
  });

  it("refuses an unknown kind and a blank unit", () => {
    const result = pledgeInputSchema.safeParse({ ...base, kind: "gold", unit: " " });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["kind", "unit"]);
  });
});
