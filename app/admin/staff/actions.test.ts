import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, expect, it } from "vitest";
import { auditLog, staffRoles } from "@/db/schema";
import { makeUser } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, useTestDatabase } from "../../_server/test-harness";
import { grantStaffRoleAction, revokeStaffRoleAction } from "./actions";

describeWithDatabase("staff role actions called directly, without the UI", { onDatabase: useTestDatabase }, (database) => {
  let admin: { id: string };
  let resident: { id: string };
  let moderator: { id: string };

  beforeAll(async () => {
    admin = await makeUser(database.db, { name: "Priya Admin" });
    resident = await makeUser(database.db, { name: "Rita Resident" });
    moderator = await makeUser(database.db, { name: "Mo Moderator" });
    await database.db.insert(staffRoles).values([
      { userId: admin.id, role: "admin" },
      { userId: moderator.id, role: "moderator" },
    ]);
  });
  beforeEach(async () => {
    await actAs(null);
  });

  const rolesOf = async (userId: string) =>
    (await database.db.select({ role: staffRoles.role }).from(staffRoles).where(eq(staffRoles.userId, userId))).map((r) => r.role).sort();

  it("refuses a resident who posts a grant of the admin role to themselves", async () => {
    await actAs(resident.id);
    const result = await grantStaffRoleAction(null, form({ userId: resident.id, role: "admin" }));
    expect(result).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await rolesOf(resident.id)).toEqual([]);
  });

  it("refuses a moderator, who is staff but not an admin", async () => {
    await actAs(moderator.id);
    expect(await grantStaffRoleAction(null, form({ userId: moderator.id, role: "admin" }))).toMatchObject({ ok: false });
    expect(await revokeStaffRoleAction(null, form({ userId: admin.id, role: "admin" }))).toMatchObject({ ok: false });
    expect(await rolesOf(admin.id)).toEqual(["admin"]);
  });

  it("refuses someone signed out", async () => {
    expect(await grantStaffRoleAction(null, form({ userId: resident.id, role: "reviewer" }))).toMatchObject({ ok: false, message: "Please sign in first." });
  });

  it("lets an admin grant and revoke a role, recording both in the audit log", async () => {
    await actAs(admin.id);
    expect(await grantStaffRoleAction(null, form({ userId: resident.id, role: "reviewer" }))).toMatchObject({ ok: true });
    expect(await rolesOf(resident.id)).toEqual(["reviewer"]);
    expect(await revokeStaffRoleAction(null, form({ userId: resident.id, role: "reviewer" }))).toMatchObject({ ok: true });
    expect(await rolesOf(resident.id)).toEqual([]);
    const entries = await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, resident.id)));
    expect(entries.map((e) => [e.action, e.actorId, e.details])).toEqual([
      ["staff_role.grant", admin.id, { role: "reviewer" }],
      ["staff_role.revoke", admin.id, { role: "reviewer" }],
    ]);
  });

  it("stops an admin removing their own admin role", async () => {
    await actAs(admin.id);
    expect(await revokeStaffRoleAction(null, form({ userId: admin.id, role: "admin" }))).toMatchObject({ ok: false, message: "You cannot do this to your own account." });
    expect(await rolesOf(admin.id)).toEqual(["admin"]);
  });

  it("answers bad input field by field and keeps what was typed", async () => {
    await actAs(admin.id);
    const result = await grantStaffRoleAction(null, form({ userId: "nobody", role: "king" }));
    expect(result).toMatchObject({ ok: false, values: { userId: "nobody", role: "king" } });
    if (result.ok) throw new Error("unreachable");
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["role", "userId"]);
  });
});
