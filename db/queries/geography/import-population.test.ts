import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { areaPopulationGroups } from "../../schema";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { makePopulationFixture, populationRow as row, type PopulationFixture } from "../../testing/population-fixture";
import { getPopulationFigures, listPopulationCoverage } from "./list-population-groups";
import { replacePopulationGroups } from "./import-population";

describeWithDatabase("importing residents by group", (database) => {
  let world: PopulationFixture["world"];
  let codes: PopulationFixture["codes"];

  beforeAll(async () => {
    ({ world, codes } = await makePopulationFixture(database.db));
  });

  it("replaces a neighbourhood's figures for a question whole, leaving the rest alone", async () => {
    const result = await database.db.transaction((tx) =>
      replacePopulationGroups(tx, world.region.id, [row(codes.b, "gender", "Woman", 2500), row(codes.b, "gender", "Man", 2500)], "Census 2021 (revised)"),
    );
    expect(result).toEqual({ written: 2, replaced: 3, areas: 1, questions: ["gender"] });
    const figures = await getPopulationFigures(database.db, world.region.id);
    expect(figures.get(`${codes.b}|gender|Non-binary`)).toBeUndefined(); // left out of the new file, so gone
    expect(figures.get(`${codes.b}|gender|Woman`)).toBe(2500);
    expect(figures.get(`${codes.a}|gender|Woman`)).toBe(4600);
    expect(figures.get(`${codes.a}|disability|Yes`)).toBe(1800);
    const coverage = await listPopulationCoverage(database.db, world.region.id);
    expect(coverage.find((c) => c.question === "gender")?.sources).toEqual(["Census 2021", "Census 2021 (revised)"]);
  });

  it("refuses negative figures and a second row for the same answer in the database itself", async () => {
    await expect(database.db.insert(areaPopulationGroups).values({ areaId: world.area.id, question: "age_band", answer: "16–24", people: -1, source: "x" })).rejects.toThrow();
    await expect(database.db.insert(areaPopulationGroups).values({ areaId: world.area.id, question: "gender", answer: "Woman", people: 1, source: "x" })).rejects.toThrow();
    const held = await database.db.select().from(areaPopulationGroups).where(eq(areaPopulationGroups.areaId, world.area.id));
    expect(held.find((g) => g.question === "gender" && g.answer === "Woman")?.people).toBe(4600);
  });
});
