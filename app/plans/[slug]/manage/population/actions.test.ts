import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { areaPopulationGroups, auditLog, staffRoles } from "@/db/schema";
import { makeUser, makeWorld } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, useTestDatabase } from "../../../../_server/test-harness";
import { importPopulationAction, previewPopulationAction } from "./actions";

describeWithDatabase("residents-by-group import, called directly", { onDatabase: useTestDatabase }, (database) => {
  let world: Awaited<ReturnType<typeof makeWorld>>;
  let officer: { id: string };
  let resident: { id: string };
  let csv: string;

  beforeAll(async () => {
    world = await makeWorld(database.db);
    officer = await makeUser(database.db, { name: "Olu Officer" });
    resident = await makeUser(database.db, { name: "Rita Resident" });
    await database.db.insert(staffRoles).values({ userId: officer.id, role: "moderator" });
    const code = world.area.code;
    csv = ["code,question,answer,people", `${code},Sex,Female,4600`, `${code},Sex,Male,4400`, `${code},age_band,Elderly,100`, `E09999999,gender,Woman,5`].join("\n");
  });

  const held = () => database.db.select().from(areaPopulationGroups).where(eq(areaPopulationGroups.areaId, world.area.id));

  it("refuses a resident's preview and import, writing nothing", async () => {
    await actAs(resident.id);
    const denied = { ok: false, message: "You do not have permission to do this." };
    expect(await previewPopulationAction(null, form({ planId: world.plan.id, csv, source: "Census 2021" }))).toMatchObject(denied);
    expect(await importPopulationAction(null, form({ planId: world.plan.id, csv, source: "Census 2021" }))).toMatchObject(denied);
    expect(await held()).toEqual([]);
    expect(await database.db.select().from(auditLog).where(eq(auditLog.action, "population.import"))).toEqual([]);
  });

  it("asks where the figures come from next to the field, keeping the pasted CSV", async () => {
    await actAs(officer.id);
    const result = await previewPopulationAction(null, form({ planId: world.plan.id, csv, source: " " }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { source: ["Say where the figures come from, for example “Census 2021 (ONS)”"] }, values: { csv } });
  });

  it("previews what the good rows add up to and why each bad row is skipped, writing nothing", async () => {
    await actAs(officer.id);
    const preview = await previewPopulationAction(null, form({ planId: world.plan.id, csv, source: "Census 2021" }));
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.goodRows).toBe(2);
    expect(preview.data.summary).toEqual([
      { question: "gender", areas: 1, people: 9000, answers: [{ answer: "Woman", people: 4600 }, { answer: "Man", people: 4400 }, { answer: "Non-binary", people: 0 }, { answer: "I describe myself another way", people: 0 }] },
    ]);
    expect(preview.data.errors.map((e) => e.message)).toEqual([
      "Row 4: answer “Elderly” is not one of the Age answers: Under 16; 16–24; 25–34; 35–44; 45–54; 55–64; 65–74; 75 or over",
      "Row 5: E09999999 is not a neighbourhood of this region: import the neighbourhood first",
    ]);
    expect(await held()).toEqual([]);
  });

  it("imports the good rows in one go, with their source, and audits the skipped ones", async () => {
    await actAs(officer.id);
    const result = await importPopulationAction(null, form({ planId: world.plan.id, csv, source: "Census 2021 (ONS)" }));
    expect(result).toMatchObject({ ok: true, data: { written: 2, replaced: 0, areas: 1, skipped: 2 }, message: "Imported 2 figures for 1 neighbourhood; 2 bad rows skipped." });
    const rows = await held();
    expect(rows.map((r) => [r.question, r.answer, r.people, r.source]).sort()).toEqual([
      ["gender", "Man", 4400, "Census 2021 (ONS)"],
      ["gender", "Woman", 4600, "Census 2021 (ONS)"],
    ]);
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "population.import"));
    expect(entry).toMatchObject({ actorId: officer.id, entityType: "region", entityId: world.region.id, details: { written: 2, skipped: 2 } });
  });

  it("refuses an upload with no good rows, leaving what is held", async () => {
    await actAs(officer.id);
    expect(await importPopulationAction(null, form({ planId: world.plan.id, csv: "code,question,answer,people\nX,gender,Woman,1", source: "Census" }))).toMatchObject({ ok: false, message: "There are no good rows to import." });
    expect(await held()).toHaveLength(2);
  });
});
