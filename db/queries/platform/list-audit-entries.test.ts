import { beforeAll, expect, it } from "vitest";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { makeUser } from "../../testing/factories";
import { auditLog } from "../../schema";
import { recordAudit } from "./record-audit";
import { auditFilterChoices, listAuditEntries, streamAuditEntries } from "./list-audit-entries";

describeWithDatabase("audit log queries", (database) => {
  let olu: { id: string };

  beforeAll(async () => {
    const db = database.db;
    olu = await makeUser(db, { name: "Olu Officer", email: "olu@council.example" });
    const ada = await makeUser(db, { name: "Ada Admin", email: "ada@council.example" });
    // An old entry, written first as it would have been.
    await db.insert(auditLog).values({ actorId: olu.id, action: "plan.create", entityType: "plan", entityId: "old", createdAt: new Date("2020-03-01T12:00:00Z") });
    await recordAudit(db, { actorId: olu.id, action: "user.suspend", entityType: "user", entityId: ada.id, reason: "Spam, 100% of posts" });
    await recordAudit(db, { actorId: ada.id, action: "plan.update_rules", entityType: "plan", entityId: "p1", details: { ruleChanges: [{ rule: "budget", before: 1, after: 2 }] } });
    await recordAudit(db, { actorId: olu.id, action: "areas.import", entityType: "region", entityId: "r1" });
    await recordAudit(db, { actorId: null, action: "outcome.compute", entityType: "plan", entityId: "p1" });
  });

  const page = { offset: 0, pageSize: 50 };

  it("lists newest first with who did it", async () => {
    const { rows, total } = await listAuditEntries(database.db, {}, page);
    expect(total).toBe(5);
    expect(rows.map((r) => r.action)).toEqual(["outcome.compute", "areas.import", "plan.update_rules", "user.suspend", "plan.create"]);
    expect(rows[1]).toMatchObject({ actorName: "Olu Officer", actorEmail: "olu@council.example" });
  });

  it("filters by action, entity type, actor and date range, together", async () => {
    expect((await listAuditEntries(database.db, { action: "plan.update_rules" }, page)).rows.map((r) => r.entityId)).toEqual(["p1"]);
    expect((await listAuditEntries(database.db, { entityType: "plan" }, page)).total).toBe(3);
    expect((await listAuditEntries(database.db, { actor: "OLU@council" }, page)).total).toBe(3);
    // A % in the search is a character, not a wildcard.
    expect((await listAuditEntries(database.db, { actor: "%" }, page)).total).toBe(0);
    expect((await listAuditEntries(database.db, { actor: "olu", entityType: "plan" }, page)).rows.map((r) => r.entityId)).toEqual(["old"]);
    expect((await listAuditEntries(database.db, { from: new Date("2020-01-01"), before: new Date("2020-04-01") }, page)).rows.map((r) => r.action)).toEqual(["plan.create"]);
  });

  it("pages, and streams every matching entry in batches", async () => {
    const second = await listAuditEntries(database.db, {}, { offset: 2, pageSize: 2 });
    expect(second.rows.map((r) => r.action)).toEqual(["plan.update_rules", "user.suspend"]);
    const batches: string[][] = [];
    for await (const rows of streamAuditEntries(database.db, { entityType: "plan" }, 2)) batches.push(rows.map((r) => r.action));
    expect(batches).toEqual([["outcome.compute", "plan.update_rules"], ["plan.create"]]);
  });

  it("offers the actions and entity types that occur", async () => {
    expect(await auditFilterChoices(database.db)).toEqual({ actions: ["areas.import", "outcome.compute", "plan.create", "plan.update_rules", "user.suspend"], entityTypes: ["plan", "region", "user"] });
  });
});
