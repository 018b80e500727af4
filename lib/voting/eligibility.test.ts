import { describe, expect, it } from "vitest";
import { checkEligibility } from "./eligibility";

const plan = { regionId: "north", requiresVerifiedVoters: false };
const voter = { homeAreaRegionId: "north", homeAreaVerified: false, suspended: false };

describe("checkEligibility", () => {
  it("lets a resident of the region vote", () => {
    expect(checkEligibility(voter, plan)).toEqual({ eligible: true });
  });
  it("needs a home neighbourhood, in the region", () => {
    expect(checkEligibility({ ...voter, homeAreaRegionId: null }, plan)).toMatchObject({ eligible: false, reason: "no_home_area" });
    expect(checkEligibility({ ...voter, homeAreaRegionId: "south" }, plan)).toMatchObject({ eligible: false, reason: "outside_region" });
  });
  it("needs verification where the plan requires it", () => {
    expect(checkEligibility(voter, { ...plan, requiresVerifiedVoters: true })).toMatchObject({ eligible: false, reason: "not_verified" });
    expect(checkEligibility({ ...voter, homeAreaVerified: true }, { ...plan, requiresVerifiedVoters: true })).toEqual({ eligible: true });
  });
  it("refuses a suspended person first", () => {
    expect(checkEligibility({ ...voter, suspended: true }, plan)).toMatchObject({ eligible: false, reason: "suspended" });
  });
});
