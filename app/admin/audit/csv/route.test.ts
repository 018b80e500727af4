import { beforeAll, expect, it } from "vitest";
import { recordAudit } from "@/db/queries/platform/record-audit";
import { auditLog, staffRoles } from "@/db/schema";
import { makeUser } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, useTestDatabase } from "../../../_server/test-harness";
import { readAuditFilters } from "../filters";
import { GET } from "./route";

describeWithDatabase("audit log CSV export", { onDatabase: useTestDatabase }, (database) => {
  let officer: { id: string };
  let resident: { id: string };

  beforeAll(async () => {
    const db = database.db;
    officer = await makeUser(db, { name: "Olu Officer" });
    resident = await makeUser(db, { name: "Rita Resident" });
    await db.insert(staffRoles).values({ userId: officer.id, role: "moderator" });
    await recordAudit(db, { actorId: officer.id, action: "user.suspend", entityType: "user", entityId: resident.id, reason: 'Posted "buy now", twice' });
    await recordAudit(db, { actorId: officer.id, action: "plan.update_rules", entityType: "plan", entityId: "p1", details: { ruleChanges: [{ rule: "budget", before: 100, after: 200 }] } });
    await db.insert(auditLog).values({ actorId: officer.id, action: "plan.create", entityType: "plan", entityId: "old", createdAt: new Date("2026-05-03T22:30:00Z") });
  });

  const get = (query = "") => GET(new Request(`http://localhost/admin/audit/csv${query}`));

  it("refuses a resident and someone signed out", async () => {
    await actAs(resident.id);
    expect((await get()).status).toBe(404);
    await actAs(null);
    expect((await get()).status).toBe(401);
  });

  it("exports who, what, when, why and details of the filtered entries", async () => {
    await actAs(officer.id);
    const all = await get();
    expect(all.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const text = await all.text();
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe("when,who,who_email,action,entity_type,entity_id,why,details");
    expect(lines).toHaveLength(4);
    expect(text).toContain(`user.suspend,user,${resident.id},"Posted ""buy now"", twice"`);
    const rules = await (await get("?action=plan.update_rules")).text();
    expect(rules.trim().split("\r\n")).toHaveLength(2);
    // jsonb stores keys in its own order, so look for each part.
    expect(rules).toMatch(/""rule"":""budget""/);
    expect(rules).toMatch(/""before"":100/);
  });

  it("includes the whole last day of a date range in UK time", async () => {
    await actAs(officer.id);
    // 22:30 UTC on 3 May is 23:30 on 3 May in the UK (summer time).
    const text = await (await get("?entityType=plan&from=2026-05-03&to=2026-05-03")).text();
    expect(text).toContain("plan.create,plan,old");
    expect(text).not.toContain("plan.update_rules");
    expect(readAuditFilters({ from: "nonsense", to: "2026-13-45" }).filters).toEqual({ action: undefined, entityType: undefined, actor: undefined, from: undefined, before: undefined });
  });
});
