import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PopulationImportRow } from "@/lib/geography/population-import";
import { areaPopulationGroups, equalityAnswers, supports } from "../../schema";
import { makeArea, makeProposal, makeUser, makeWorld } from "../../testing/factories";
import { createTestDatabase, testEngines, type TestDatabase } from "../../testing/test-database";
import { getPlanMeasures } from "../measures/measures";
import { getPopulationFigures, listPopulationCoverage, listRegionPopulationGroups, replacePopulationGroups } from "./population";

const row = (code: string, question: PopulationImportRow["question"], answer: string, people: number): PopulationImportRow => ({ row: 0, code, question, answer, people });

describe.each(testEngines())("residents by group, and who took part against them (%s)", (engine) => {
  let database: TestDatabase;
  let world: Awaited<ReturnType<typeof makeWorld>>;
  let codes: { a: string; b: string };

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const db = database.db;
    world = await makeWorld(db);
    const b = await makeArea(db, world.region.id, { population: 5000 });
    codes = { a: world.area.code.toUpperCase(), b: b.code.toUpperCase() };
    await db.transaction((tx) =>
      replacePopulationGroups(
        tx,
        world.region.id,
        [
          row(codes.a, "gender", "Woman", 4600),
          row(codes.a, "gender", "Man", 4300),
          row(codes.a, "gender", "Non-binary", 100),
          row(codes.b, "gender", "Woman", 2400),
          row(codes.b, "gender", "Man", 2600),
          row(codes.b, "gender", "Non-binary", 0),
          row(codes.a, "disability", "Yes", 1800),
          row(codes.a, "disability", "No", 7200),
        ],
        "Census 2021",
      ),
    );
    // 30 people support one proposal. Gender: 14 women, 9 men, 4 prefer not to say, 3 left it blank.
    // Disability: 6 yes, 20 no, 4 blank.
    const proposal = await makeProposal(db, world);
    const genders = [...Array(14).fill("Woman"), ...Array(9).fill("Man"), ...Array(4).fill("Prefer not to say"), ...Array(3).fill(null)] as (string | null)[];
    const disabilities = [...Array(6).fill("Yes"), ...Array(20).fill("No"), ...Array(4).fill(null)] as (string | null)[];
    for (let i = 0; i < 30; i++) {
      const person = await makeUser(db, { homeAreaId: world.area.id });
      await db.insert(supports).values({ proposalId: proposal.id, userId: person.id });
      await db.insert(equalityAnswers).values({ userId: person.id, gender: genders[i] ?? null, disability: disabilities[i] ?? null });
    }
    // Someone who answered but took no part is not counted.
    const bystander = await makeUser(db);
    await db.insert(equalityAnswers).values({ userId: bystander.id, gender: "Non-binary", disability: "Yes" });
  });
  afterAll(async () => {
    await database?.destroy();
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
