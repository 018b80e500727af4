import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Phase } from "@/lib/plans/phases";
import type { Database } from "../connect";
import { castBallot } from "../queries/voting/cast-ballot";
import { countAndStoreOutcome } from "../queries/voting/count-plan";
import { auditLog, outcomes, planPhases, plans, proposals } from "../schema";
import { makePlan, makeProposal, makeUser, makeWorld } from "../testing/factories";
import { describeWithDatabase } from "../testing/describe-with-database";
import { advanceDuePlans } from "./phase-clock";

const hour = 60 * 60 * 1000;

/** Dates a phase from `startsAt` to `endsAt` (relative to now, in hours). */
async function datePhase(db: Database, planId: string, phase: Phase, fromHours: number, toHours: number | null) {
  const now = Date.now();
  await db.insert(planPhases).values({ planId, phase, startsAt: new Date(now + fromHours * hour), endsAt: toHours === null ? null : new Date(now + toHours * hour) });
}

async function phaseOf(db: Database, planId: string) {
  const [row] = await db.select({ phase: plans.phase }).from(plans).where(eq(plans.id, planId));
  return row?.phase;
}

async function phaseChanges(db: Database, planId: string) {
  return db.select().from(auditLog).where(and(eq(auditLog.entityId, planId), eq(auditLog.action, "plan.change_phase")));
}

describeWithDatabase("the phase clock", { maxConnections: 6 }, (database) => {
  it("closes voting past its end time and counts once, though two instances tick at the same moment", async () => {
    const db = database.db;
    const world = await makeWorld(db);
    await db.update(plans).set({ phase: "voting", outcomeRule: "greedy", rulesFrozenAt: new Date() }).where(eq(plans.id, world.plan.id));
    await datePhase(db, world.plan.id, "voting", -48, -1);
    const chosen = await makeProposal(db, world, { title: "Youth club", status: "on_ballot", estimatedCostPence: 400_000 });
    const other = await makeProposal(db, world, { title: "Bus shelter", status: "on_ballot", estimatedCostPence: 300_000 });
    for (const proposalIds of [[chosen.id], [chosen.id, other.id], [chosen.id]]) {
      const voter = await makeUser(db, { homeAreaId: world.area.id });
      await db.transaction((tx) => castBallot(tx, { planId: world.plan.id, voterId: voter.id, proposalIds }));
    }

    // Two ticks on two connections; on PGlite they take turns, on Postgres one waits on the plan row.
    const ticks = await Promise.all([advanceDuePlans(db), advanceDuePlans(db)]);
    const moves = ticks.flat().filter((move) => move.planId === world.plan.id);
    expect(moves).toEqual([{ planId: world.plan.id, to: "results" }]);

    expect(await phaseOf(db, world.plan.id)).toBe("results");
    const current = await db.select().from(outcomes).where(and(eq(outcomes.planId, world.plan.id), eq(outcomes.isCurrent, true)));
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({ voterCount: 3, computedBy: null });
    expect(await db.select().from(outcomes).where(eq(outcomes.planId, world.plan.id))).toHaveLength(1);
    const changes = await phaseChanges(db, world.plan.id);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ actorId: null, details: { from: "voting", to: "results", early: false, automatic: true } });
    const counts = await db.select().from(auditLog).where(and(eq(auditLog.entityId, world.plan.id), eq(auditLog.action, "outcome.compute")));
    expect(counts).toHaveLength(1);
    const statuses = await db.select({ id: proposals.id, status: proposals.status }).from(proposals).where(eq(proposals.planId, world.plan.id));
    expect(statuses.find((p) => p.id === chosen.id)?.status).toBe("selected");

    // The count the clock stored is the count anyone gets from the same ballots.
    const recount = await db.transaction((tx) => countAndStoreOutcome(tx, world.plan.id, null));
    expect(recount.reproduced).toBe(true);
    expect(recount.fingerprint).toBe(current[0]?.inputsFingerprint);

    // A later tick finds nothing left to do.
    expect((await advanceDuePlans(db)).filter((move) => move.planId === world.plan.id)).toEqual([]);
  });

  it("leaves voting open until its end time", async () => {
    const db = database.db;
    const world = await makeWorld(db);
    await db.update(plans).set({ phase: "voting", outcomeRule: "greedy" }).where(eq(plans.id, world.plan.id));
    await datePhase(db, world.plan.id, "voting", -1, 2);
    await makeProposal(db, world, { title: "Tool library", status: "on_ballot" });
    await advanceDuePlans(db);
    expect(await phaseOf(db, world.plan.id)).toBe("voting");
    expect(await advanceDuePlans(db, new Date(Date.now() + 3 * hour))).toContainEqual({ planId: world.plan.id, to: "results" });
    expect(await phaseOf(db, world.plan.id)).toBe("results");
  });

  it("moves the ideas phase on at its end only when the plan advances automatically", async () => {
    const db = database.db;
    const world = await makeWorld(db);
    const automatic = await makePlan(db, world.region.id, { phase: "ideas", autoAdvance: true });
    for (const plan of [world.plan, automatic]) await datePhase(db, plan.id, "ideas", -72, -1);

    const moves = await advanceDuePlans(db);
    expect(await phaseOf(db, world.plan.id)).toBe("ideas");
    expect(await phaseOf(db, automatic.id)).toBe("review");
    expect(moves).toContainEqual({ planId: automatic.id, to: "review" });
    expect(moves.some((move) => move.planId === world.plan.id)).toBe(false);
    expect(await phaseChanges(db, world.plan.id)).toEqual([]);
    const [change] = await phaseChanges(db, automatic.id);
    expect(change).toMatchObject({ actorId: null, details: { from: "ideas", to: "review", automatic: true } });
  });

  it("does not open voting on schedule without a shortlist, and waits for the next phase's start", async () => {
    const db = database.db;
    const world = await makeWorld(db);
    const noShortlist = await makePlan(db, world.region.id, { phase: "review", autoAdvance: true });
    await datePhase(db, noShortlist.id, "review", -72, -1);
    const gap = await makePlan(db, world.region.id, { phase: "ideas", autoAdvance: true });
    await datePhase(db, gap.id, "ideas", -72, -1);
    await datePhase(db, gap.id, "review", 24, 48);

    await advanceDuePlans(db);
    expect(await phaseOf(db, noShortlist.id)).toBe("review");
    expect(await phaseOf(db, gap.id)).toBe("ideas");
    expect(await advanceDuePlans(db, new Date(Date.now() + 25 * hour))).toContainEqual({ planId: gap.id, to: "review" });
  });
});
