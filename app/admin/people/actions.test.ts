import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, expect, it } from "vitest";
import { auditLog, moderationActions, sessions, staffRoles, users } from "@/db/schema";
import { makeArea, makeRegion, makeUser } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, useTestDatabase } from "../../_server/test-harness";
import { reinstatePersonAction, suspendPersonAction, verifyHomeAreaAction } from "./actions";

describeWithDatabase("suspending and verifying people", { onDatabase: useTestDatabase }, (database) => {
  let officer: { id: string };
  let resident: { id: string };
  let other: { id: string };

  beforeAll(async () => {
    const region = await makeRegion(database.db);
    const area = await makeArea(database.db, region.id);
    officer = await makeUser(database.db, { name: "Gareth Officer" });
    resident = await makeUser(database.db, { name: "Rita Resident", homeAreaId: area.id });
    other = await makeUser(database.db, { name: "Olly Other" });
    await database.db.insert(staffRoles).values({ userId: officer.id, role: "moderator" });
  });
  beforeEach(async () => {
    await actAs(null);
  });

  const sessionsOf = async (userId: string) => database.db.select().from(sessions).where(eq(sessions.userId, userId));

  it("ends every session of a suspended person at once and records why", async () => {
    const expires = new Date(Date.now() + 86_400_000);
    await database.db.insert(sessions).values([
      { sessionToken: `phone-${resident.id}`, userId: resident.id, expires },
      { sessionToken: `laptop-${resident.id}`, userId: resident.id, expires },
    ]);
    await actAs(officer.id);
    const result = await suspendPersonAction(null, form({ userId: resident.id, reason: "Repeated abusive comments" }));
    expect(result).toMatchObject({ ok: true });
    expect(await sessionsOf(resident.id)).toEqual([]);
    const [row] = await database.db.select().from(users).where(eq(users.id, resident.id));
    expect(row?.suspendedReason).toBe("Repeated abusive comments");
    const [audit] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, resident.id));
    expect(audit).toMatchObject({ action: "user.suspend", actorId: officer.id, reason: "Repeated abusive comments" });
    const [moderation] = await database.db.select().from(moderationActions).where(eq(moderationActions.subjectUserId, resident.id));
    expect(moderation).toMatchObject({ action: "suspend", moderatorId: officer.id });
  });

  it("leaves a suspended person unable to act: their next action is refused", async () => {
    await actAs(resident.id);
    const result = await verifyHomeAreaAction(null, form({ userId: resident.id }));
    expect(result).toMatchObject({ ok: false, message: "Your account is suspended, so you cannot do this." });
  });

  it("refuses a resident who posts a suspension directly, and writes nothing", async () => {
    await actAs(other.id);
    const result = await suspendPersonAction(null, form({ userId: officer.id, reason: "I do not like them" }));
    expect(result).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    const [row] = await database.db.select().from(users).where(eq(users.id, officer.id));
    expect(row?.suspendedAt).toBeNull();
  });

  it("needs a reason, keeping what was typed", async () => {
    await actAs(officer.id);
    const result = await reinstatePersonAction(null, form({ userId: resident.id, reason: "ok" }));
    expect(result).toMatchObject({ ok: false, values: { reason: "ok" } });
    if (result.ok) throw new Error("unreachable");
    expect(result.fieldErrors.reason?.[0]).toMatch(/at least 5 characters/);
  });

  it("reinstates, and verifies a home neighbourhood once", async () => {
    await actAs(officer.id);
    expect(await reinstatePersonAction(null, form({ userId: resident.id, reason: "Apologised and agreed the house rules" }))).toMatchObject({ ok: true });
    expect(await verifyHomeAreaAction(null, form({ userId: resident.id }))).toMatchObject({ ok: true });
    expect(await verifyHomeAreaAction(null, form({ userId: resident.id }))).toMatchObject({ ok: false });
    expect(await verifyHomeAreaAction(null, form({ userId: other.id }))).toMatchObject({ ok: false, message: expect.stringMatching(/no home neighbourhood/) });
  });
});
