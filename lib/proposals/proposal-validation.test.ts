import { describe, expect, it } from "vitest";
import { draftSchema, photoUploadSchema, proposalLimits, publishSchema, withdrawSchema } from "./proposal-validation";

const themeId = "3f2b8c1e-9a4d-4e2b-8f1a-2b3c4d5e6f70";
const areaId = "9b1d3c5e-7f2a-4b6c-8d0e-1f3a5b7c9d2e";
const needId = "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d";

const complete = {
  title: "  Repair café in the old library ",
  summary: "A monthly repair café run by volunteers.",
  body: "We will **fix things** together.",
  themeId,
  areaId,
  cost: "£12,400.50",
  latitude: "53.79",
  longitude: "-1.54",
  organisationId: "",
  "needKind[]": ["premises", "volunteer_hours"],
  "needDescription[]": ["A hall on Saturday mornings", "Four volunteers who can mend bikes"],
  "needId[]": [needId, ""],
};

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.map(String).join("."), issue.message]));
}

describe("publishSchema", () => {
  it("reads a complete form: trimmed text, cost in pence, a point and needs as rows", () => {
    expect(publishSchema.parse(complete)).toEqual({
      proposalId: null,
      planId: null,
      title: "Repair café in the old library",
      summary: "A monthly repair café run by volunteers.",
      body: "We will **fix things** together.",
      themeId,
      areaId,
      organisationId: null,
      costPence: 1_240_050,
      point: { latitude: 53.79, longitude: -1.54 },
      needs: [
        { id: needId, kind: "premises", description: "A hall on Saturday mornings" },
        { id: null, kind: "volunteer_hours", description: "Four volunteers who can mend bikes" },
      ],
      photos: [],
    });
  });

  it("treats a single need, as a browser posts it, as one row", () => {
    const parsed = publishSchema.parse({ ...complete, "needKind[]": "jobs", "needDescription[]": "Two apprenticeship places", "needId[]": "" });
    expect(parsed.needs).toEqual([{ id: null, kind: "jobs", description: "Two apprenticeship places" }]);
  });

  it("reports every missing field at once, one message each", () => {
    expect(messages(publishSchema.safeParse({}))).toEqual({
      title: "Give your idea a title",
      summary: "Sum up your idea in a sentence or two",
      themeId: "Choose a theme",
      areaId: "Choose a neighbourhood",
      cost: "Enter an estimated cost in pounds, for example £12,400",
    });
  });

  it("puts each problem next to its field, including rows of needs and photos", () => {
    const result = publishSchema.safeParse({
      ...complete,
      title: "Cafe",
      cost: "-£5",
      latitude: "53.79",
      longitude: "",
      "needKind[]": ["premises", "dragons"],
      "needDescription[]": ["", "Someone to slay them"],
      "needId[]": ["", ""],
      "photoId[]": [needId],
      "photoAlt[]": [" "],
    });
    expect(messages(result)).toEqual({
      title: "The title must be at least 5 characters",
      cost: "The cost cannot be negative",
      point: "Give both latitude and longitude, or clear the point",
      "needs.0.description": "Say what is needed, for example “a hall on weekday evenings”",
      "needs.1.kind": "Choose what kind of help is needed",
      "photos.0.alt": "Describe this photo for people who cannot see it",
    });
  });

  it("refuses a zero cost, a cost over £10m and coordinates off the globe", () => {
    expect(messages(publishSchema.safeParse({ ...complete, cost: "0" })).cost).toBe("Enter an estimated cost above £0");
    expect(messages(publishSchema.safeParse({ ...complete, cost: "£10,000,001" })).cost).toMatch(/£10,000,000 or less/);
    expect(messages(publishSchema.safeParse({ ...complete, latitude: "91" }))["point.latitude"]).toBe("Latitude must be a number between -90 and 90");
    expect(messages(publishSchema.safeParse({ ...complete, longitude: "east" }))["point.longitude"]).toBe("Longitude must be a number between -180 and 180");
  });

  it("limits needs to ten and titles to what the database holds", () => {
    const eleven = Array.from({ length: 11 }, () => "volunteer_hours");
    const result = publishSchema.safeParse({ ...complete, "needKind[]": eleven, "needDescription[]": eleven.map(() => "Helpers"), "needId[]": eleven.map(() => "") });
    expect(messages(result).needs).toBe("List at most 10 needs");
    expect(messages(publishSchema.safeParse({ ...complete, title: "x".repeat(proposalLimits.titleMax + 1) })).title).toBe("The title must be 140 characters or fewer");
  });

  it("refuses an organisation id that is not an id", () => {
    expect(messages(publishSchema.safeParse({ ...complete, organisationId: "Eastgate Tenants" })).organisationId).toBe("Choose one of your organisations, or yourself");
  });
});

describe("draftSchema", () => {
  it("accepts a half-written idea, leaving out a cost and point that do not read yet", () => {
    const parsed = draftSchema.parse({ title: "Bike", themeId, areaId, cost: "about twelve grand", latitude: "53.", longitude: "", "needKind[]": "money", "needDescription[]": "" });
    expect(parsed).toMatchObject({ title: "Bike", summary: "", costPence: null, point: null, needs: [{ id: null, kind: "money", description: "" }] });
  });

  it("keeps a cost that does read, even zero", () => {
    expect(draftSchema.parse({ title: "Bike", themeId, areaId, cost: "0" }).costPence).toBe(0);
    expect(draftSchema.parse({ title: "Bike", themeId, areaId, cost: "£950" }).costPence).toBe(95_000);
  });

  it("still needs a title, theme and neighbourhood, which a stored proposal cannot lack", () => {
    expect(Object.keys(messages(draftSchema.safeParse({ summary: "Something" }))).sort()).toEqual(["areaId", "themeId", "title"]);
  });
});

describe("photoUploadSchema", () => {
  const photo = (bytes: number, type: string) => new File([new Uint8Array(bytes)], "photo.jpg", { type });

  it("needs a description and a file of at most 8 MB (its type is read from its bytes later)", () => {
    expect(photoUploadSchema.safeParse({ proposalId: needId, alt: "Volunteers at work", photo: photo(100, "") }).success).toBe(true);
    expect(messages(photoUploadSchema.safeParse({ proposalId: needId, alt: "", photo: "not a file" }))).toEqual({
      alt: "Describe this photo for people who cannot see it",
      photo: "Choose a photo to upload",
    });
    expect(messages(photoUploadSchema.safeParse({ proposalId: needId, alt: "Big", photo: photo(proposalLimits.photoBytes + 1, "image/png") })).photo).toBe("Photos must be 8 MB or smaller");
    expect(messages(photoUploadSchema.safeParse({ proposalId: needId, alt: "Nothing", photo: photo(0, "") })).photo).toBe("Choose a photo to upload");
  });
});

describe("withdrawSchema", () => {
  it("needs the confirmation", () => {
    expect(withdrawSchema.safeParse({ proposalId: needId, confirm: "withdraw" }).success).toBe(true);
    expect(messages(withdrawSchema.safeParse({ proposalId: needId }))).toEqual({ confirm: "Confirm that you want to withdraw this proposal" });
  });
});
