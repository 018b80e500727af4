import { describe, expect, it } from "vitest";
import { offersToTsQuery } from "./matching";

describe("offersToTsQuery", () => {
  it("ORs the meaningful words of an offer", () => {
    expect(offersToTsQuery("Apprenticeships, mentoring & a meeting room for evenings")).toBe("apprenticeships | mentoring | meeting | room | evenings");
  });
  it("strips anything that could break or inject into a tsquery", () => {
    expect(offersToTsQuery("vans'):* & !(drop | table) <-> café")).toBe("vans | drop | table | cafe");
  });
  it("gives nothing for an empty offer", () => {
    expect(offersToTsQuery("  - & ! ")).toBeNull();
  });
});
