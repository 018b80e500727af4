import { beforeAll, expect, it } from "vitest";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { makePopulationFixture, type PopulationFixture } from "../../testing/population-fixture";
import { getPlanMeasures } from "../measures/get-plan-measures";
import { listPopulationCoverage, listRegionPopulationGroups } from "./list-population-groups";

describeWithDatabase("residents by group, and who took part against them", (database) => {
  let world: PopulationFixture["world"];

  beforeAll(async () => {
    ({ world } = await makePopulationFixture(database.db));
  });

  it("sums residents over the region's neighbourhoods, and says how many have figures and from where", async () => {
    const groups = await listRegionPopulationGroups(database.db, world.region.id);
    const gender = Object.fromEntries(groups.filter((g) => g.question === "gender").map((g) => [g.answer, g.people]));
    expect(gender).toEqual({ Woman: 7000, Man: 6900, "Non-binary": 100 });
    const coverage = await listPopulationCoverage(database.db, world.region.id);
    expect(coverage.sort((x, y) => x.question.localeCompare(y.question))).toEqual([
      { question: "gender", areas: 2, sources: ["Census 2021"] },
      { question: "disability", areas: 1, sources: ["Census 2021"] },
    ].sort((x, y) => x.question.localeCompare(y.question)));
  });

  it("compares shares of those answering with residents' shares, worked out by hand", async () => {
    const measures = await getPlanMeasures(database.db, { id: world.plan.id, regionId: world.region.id });
    const gender = measures.representativeness.find((g) => g.question === "gender");
    // Answered: 14 + 9 + 0 = 23. Residents: 7,000 / 14,000 = 50%, 6,900 = 49.3%, 100 = 0.7%.
    expect(gender?.rows.map((r) => [r.answer, r.people, r.peoplePercent, r.residentsPercent, r.differencePoints])).toEqual([
      ["Woman", { shown: true, value: 14 }, 60.9, 50, 10.9], // 14 / 23 = 60.87%
      ["Man", { shown: true, value: 9 }, 39.1, 49.3, -10.2], // 9 / 23 = 39.13%
      ["Non-binary", { shown: true, value: 0 }, 0, 0.7, -0.7],
      ["I describe myself another way", { shown: true, value: 0 }, 0, 0, 0],
    ]);
    expect(gender?.noAnswer).toEqual({ shown: true, value: 7 });
    expect(gender?.total).toEqual({ shown: true, value: 30 });
    // ½ (|60.87 − 50| + |39.13 − 49.29| + |0 − 0.71|) = ½ × 21.74 = 10.87.
    expect(gender?.dissimilarity).toBe(10.9);
    expect(gender).toMatchObject({ residents: 14_000, areasWithFigures: 2, areasInRegion: 2, sources: ["Census 2021"] });
  });

  it("withholds what would give a small number away, and covers only the neighbourhoods with figures", async () => {
    const measures = await getPlanMeasures(database.db, { id: world.plan.id, regionId: world.region.id });
    const disability = measures.representativeness.find((g) => g.question === "disability");
    // 4 left it blank (small), so the next smallest, 6 saying yes, is withheld too; shares would reveal both.
    expect(disability?.rows.map((r) => [r.answer, r.people, r.peoplePercent, r.residentsPercent])).toEqual([
      ["Yes", { shown: false, reason: "secondary" }, null, 20],
      ["No", { shown: true, value: 20 }, null, 80],
    ]);
    expect(disability).toMatchObject({ noAnswer: { shown: false, reason: "small" }, total: { shown: true, value: 30 }, sharesWithheld: true, dissimilarity: null, areasWithFigures: 1 });
    const age = measures.representativeness.find((g) => g.question === "age_band");
    // Everyone left age blank: no residents' figures, and 30 with no answer.
    expect(age).toMatchObject({ residents: 0, areasWithFigures: 0, noAnswer: { shown: true, value: 30 }, total: { shown: true, value: 30 } });
    expect(age?.rows.every((r) => r.residentsPercent === null && r.people.shown && r.people.value === 0)).toBe(true);
  });
});
