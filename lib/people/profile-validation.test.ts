import { describe, expect, it } from "vitest";
import { deleteAccountSchema, equalitySchema, profileSchema } from "./profile-validation";

describe("profileSchema", () => {
  it("trims the name, allows no home area and reads checkboxes", () => {
    expect(profileSchema.parse({ name: "  Kayleigh B ", homeAreaId: "", notifyByEmail: "on" })).toEqual({
      name: "Kayleigh B",
      homeAreaId: null,
      notifyByEmail: true,
      notifyDigest: false,
    });
  });
  it("refuses a one-letter name and a made-up neighbourhood with field messages", () => {
    const result = profileSchema.safeParse({ name: "K", homeAreaId: "Eastgate" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["name", "Enter the name others will see, at least 2 characters"],
      ["homeAreaId", "Choose a neighbourhood from the list"],
    ]);
  });
});

describe("equalitySchema", () => {
  it("accepts listed answers, prefer not to say, and blanks as no answer", () => {
    expect(equalitySchema.parse({ ageBand: "25–34", gender: "Prefer not to say", ethnicity: "" })).toEqual({
      ageBand: "25–34",
      gender: "Prefer not to say",
      ethnicity: null,
      disability: null,
      employmentStatus: null,
    });
  });
  it("refuses an answer that is not on the list", () => {
    expect(equalitySchema.safeParse({ ageBand: "ancient" }).success).toBe(false);
  });
});

describe("deleteAccountSchema", () => {
  it("needs the confirmation phrase", () => {
    expect(deleteAccountSchema.safeParse({ confirm: "Delete my account" }).success).toBe(true);
    expect(deleteAccountSchema.safeParse({ confirm: "yes" }).success).toBe(false);
  });
});
