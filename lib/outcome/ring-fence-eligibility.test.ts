import { describe, expect, it } from "vitest";
import { admitsProject, buildRingFences, type FencedProject, type RingFenceRule } from "./ring-fence-eligibility";

const project = (engineId: string, imdDecile: number, sector: string | null = null, areaId = `area-${engineId}`): FencedProject => ({ engineId, areaId, imdDecile, sector });
const fence = (kind: RingFenceRule["kind"], extra: Partial<RingFenceRule> = {}): RingFenceRule => ({ label: kind, amount: 100, kind, maxImdDecile: null, areaIds: new Set(), ...extra });

describe("ring-fence eligibility", () => {
  it("admits the most deprived fifth (deciles 1–2) to a deprived-areas fence with no decile set", () => {
    expect([1, 2, 3, 10].map((decile) => admitsProject(fence("deprived_areas"), project("p", decile)))).toEqual([true, true, false, false]);
  });

  it("admits deciles up to the one a deprived-areas fence names", () => {
    const upToFour = fence("deprived_areas", { maxImdDecile: 4 });
    expect([1, 4, 5].map((decile) => admitsProject(upToFour, project("p", decile)))).toEqual([true, true, false]);
  });

  it("admits only the listed neighbourhoods to a listed-areas fence, whatever their decile", () => {
    const listed = fence("listed_areas", { areaIds: new Set(["north"]) });
    expect(admitsProject(listed, project("p", 9, null, "north"))).toBe(true);
    expect(admitsProject(listed, project("q", 1, null, "south"))).toBe(false);
  });

  it("admits community and voluntary groups and social enterprises to a community-proposals fence", () => {
    const community = fence("community_proposals");
    const sectors = ["community_voluntary", "social_enterprise", "business", "public_body", null];
    expect(sectors.map((sector) => admitsProject(community, project("p", 5, sector)))).toEqual([true, true, false, false, false]);
  });

  it("builds fences that look projects up by engine id, admitting none it does not know", () => {
    const [built] = buildRingFences([fence("deprived_areas", { label: "Deprived", amount: 500 })], [project("a", 1), project("b", 7)]);
    expect(built?.label).toBe("Deprived");
    expect(built?.amount).toBe(500);
    expect(["a", "b", "unknown"].map((id) => built?.eligible(id))).toEqual([true, false, false]);
  });
});
