import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { areas, auditLog, staffRoles } from "@/db/schema";
import { makeArea, makeUser, makeWorld } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, useTestDatabase } from "../../../../_server/test-harness";
import { importAreasAction, previewAreasAction } from "./actions";

const csv = ["code,name,population,imd_decile", "E05000001,Gipton,9000,1", "E05000002,Seacroft,8000,3", "E05000003,Roundhay,7000,11", "E05000004,\"Chapel Allerton, North\",6500,7"].join("\n");
const square = (x: number) => ({ type: "Polygon", coordinates: [[[x, 53.8], [x + 0.01, 53.8], [x + 0.01, 53.81], [x, 53.8]]] });
const geojson = JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", properties: { code: "E05000001" }, geometry: square(-1.5) }] });

describeWithDatabase("neighbourhood import, called directly", { onDatabase: useTestDatabase }, (database) => {
  let world: Awaited<ReturnType<typeof makeWorld>>;
  let officer: { id: string };
  let resident: { id: string };

  beforeAll(async () => {
    world = await makeWorld(database.db);
    // Seacroft exists with a boundary: the import updates its figures and keeps its map.
    await makeArea(database.db, world.region.id, { code: "E05000002", name: "Seacroft (old)", population: 1, imdDecile: 4, boundary: { type: "Polygon", coordinates: [[[-1.4, 53.8], [-1.39, 53.8], [-1.39, 53.81], [-1.4, 53.8]]] } });
    officer = await makeUser(database.db, { name: "Olu Officer" });
    resident = await makeUser(database.db, { name: "Rita Resident" });
    await database.db.insert(staffRoles).values({ userId: officer.id, role: "moderator" });
  });

  const regionAreas = () => database.db.select().from(areas).where(eq(areas.regionId, world.region.id));

  it("refuses a resident's preview and import, writing nothing", async () => {
    const before = await regionAreas();
    await actAs(resident.id);
    expect(await previewAreasAction(null, form({ planId: world.plan.id, csv }))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await importAreasAction(null, form({ planId: world.plan.id, csv, geojson }))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await regionAreas()).toHaveLength(before.length);
    expect(await database.db.select().from(auditLog).where(eq(auditLog.action, "areas.import"))).toEqual([]);
  });

  it("previews good rows and the bad row's error without writing", async () => {
    await actAs(officer.id);
    const preview = await previewAreasAction(null, form({ planId: world.plan.id, csv, geojson }));
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.data.rows.map((r) => [r.code, r.exists, r.hasBoundary])).toEqual([
      ["E05000001", false, true],
      ["E05000002", true, false],
      ["E05000004", false, false],
    ]);
    expect(preview.data.errors.map((e) => e.message)).toEqual(["Row 4: imd_decile must be a whole number from 1 to 10"]);
    expect(await regionAreas()).toHaveLength(2);
  });

  it("reads an uploaded file as well as pasted text", async () => {
    await actAs(officer.id);
    const data = form({ planId: world.plan.id });
    data.append("csvFile", new File([csv], "wards.csv", { type: "text/csv" }));
    const preview = await previewAreasAction(null, data);
    expect(preview.ok && preview.data.rows).toHaveLength(3);
  });

  it("imports the good rows, skips the bad one, keeps a stored boundary, and audits it", async () => {
    await actAs(officer.id);
    const result = await importAreasAction(null, form({ planId: world.plan.id, csv, geojson }));
    expect(result).toMatchObject({ ok: true, data: { created: 2, updated: 1, skipped: 1 } });
    const rows = await regionAreas();
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get("E05000003")).toBeUndefined();
    expect(byCode.get("E05000001")?.boundary?.type).toBe("Polygon");
    expect(byCode.get("E05000002")).toMatchObject({ name: "Seacroft", population: 8000, imdDecile: 3 });
    expect(byCode.get("E05000002")?.boundary).not.toBeNull();
    expect(byCode.get("E05000004")?.name).toBe("Chapel Allerton, North");
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "areas.import"));
    expect(entry).toMatchObject({ actorId: officer.id, entityType: "region", entityId: world.region.id, details: { created: 2, updated: 1, skippedRows: ["Row 4: imd_decile must be a whole number from 1 to 10"] } });
  });

  it("refuses an upload with no good rows", async () => {
    await actAs(officer.id);
    expect(await importAreasAction(null, form({ planId: world.plan.id, csv: "code,name,population,imd_decile\nX,,1,1" }))).toMatchObject({ ok: false, message: "There are no good rows to import." });
  });
});
