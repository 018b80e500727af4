import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { advanceDuePlans } from "@/db/jobs/phase-clock";
import { auditLog, outcomes, planPhases, plans, staffRoles } from "@/db/schema";
import { makeProposal, makeUser, makeWorld } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, useTestDatabase } from "../../../_server/test-harness";
import { changePhaseAction } from "./actions";

const hour = 60 * 60 * 1000;

describeWithDatabase("an officer closing voting before its end time", { onDatabase: useTestDatabase }, (database) => {
  it("closes and counts, audits the close as early, and leaves the scheduled close nothing to do", async () => {
    const db = database.db;
    const world = await makeWorld(db);
    await db.update(plans).set({ phase: "voting", outcomeRule: "greedy" }).where(eq(plans.id, world.plan.id));
    const scheduledEnd = new Date(Date.now() + 2 * hour);
    await db.insert(planPhases).values({ planId: world.plan.id, phase: "voting", startsAt: new Date(Date.now() - 24 * hour), endsAt: scheduledEnd });
    await makeProposal(db, world, { title: "Youth club", status: "on_ballot" });
    const officer = await makeUser(db, { name: "Gareth Officer" });
    await db.insert(staffRoles).values({ userId: officer.id, role: "moderator" });

    await actAs(officer.id);
    expect(await changePhaseAction(null, form({ planId: world.plan.id, to: "results" }))).toMatchObject({ ok: true });
    const changes = await db.select().from(auditLog).where(and(eq(auditLog.entityId, world.plan.id), eq(auditLog.action, "plan.change_phase")));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ actorId: officer.id, details: { from: "voting", to: "results", scheduledEnd: scheduledEnd.toISOString(), early: true } });

    // The clock reaches the end time after the officer's close: the plan is no longer voting, so nothing happens.
    const moves = await advanceDuePlans(db, new Date(scheduledEnd.getTime() + hour));
    expect(moves.some((move) => move.planId === world.plan.id)).toBe(false);
    expect(await db.select().from(outcomes).where(eq(outcomes.planId, world.plan.id))).toHaveLength(1);
    expect(await db.select().from(auditLog).where(and(eq(auditLog.entityId, world.plan.id), eq(auditLog.action, "plan.change_phase")))).toHaveLength(1);
  });
});
