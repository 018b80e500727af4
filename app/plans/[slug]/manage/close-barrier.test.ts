import { and, eq } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import type { Database } from "@/db";
import { changePlanPhase } from "@/db/queries/plans/change-plan-phase";
import { findPlan } from "@/db/queries/plans/find-plan";
import { castBallot } from "@/db/queries/voting/cast-ballot";
import { countAndStoreOutcome } from "@/db/queries/voting/count-plan";
import { ballots, outcomes, plans, staffRoles } from "@/db/schema";
import { makeProposal, makeUser, makeWorld } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, useTestDatabase } from "../../../_server/test-harness";
import { castBallotAction } from "../ballot/actions";
import { changePhaseAction, recountAction } from "./actions";

/** A promise and the function that settles it: the gate one transaction waits at while the other is tried. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

/**
 * The close and a ballot racing on two connections. Only real Postgres has two: PGlite runs one
 * transaction at a time, so there the race cannot happen and is not tried.
 */
describeWithDatabase("closing the vote while a ballot is in flight", { onDatabase: useTestDatabase, maxConnections: 4 }, (database) => {
  // PGlite runs one transaction at a time, so a race exists only on Postgres: there, and only there, these cases are defined.
  const itOnPostgres = (title: string, test: () => Promise<void>) => {
    if (database.engine === "postgres") it(title, test);
  };
  let world: Awaited<ReturnType<typeof makeWorld>>;
  let officer: { id: string };
  let voters: { id: string }[];
  let project: { id: string };

  beforeEach(async () => {
    const db = database.db;
    world = await makeWorld(db);
    await db.update(plans).set({ phase: "voting", outcomeRule: "greedy" }).where(eq(plans.id, world.plan.id));
    officer = await makeUser(db, { name: "Gareth Officer" });
    await db.insert(staffRoles).values({ userId: officer.id, role: "moderator" });
    project = await makeProposal(db, world, { title: "Youth club", status: "on_ballot" });
    voters = [await makeUser(db, { homeAreaId: world.area.id }), await makeUser(db, { homeAreaId: world.area.id })];
    const [early] = voters;
    if (early) await db.transaction((tx) => castBallot(tx, { planId: world.plan.id, voterId: early.id, proposalIds: [project.id] }));
  });

  /** Waits until some other connection is blocked on a lock: the proof that the barrier holds it back. */
  async function untilSomeoneWaitsOnALock() {
    for (let i = 0; i < 200; i++) {
      const { rows } = await database.executeSql("select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'");
      if (Number(rows[0]?.n ?? 0) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error("nobody waited on the plan row");
  }

  async function expectCountEqualsRecount() {
    const db = database.db;
    const [outcome] = await db.select().from(outcomes).where(and(eq(outcomes.planId, world.plan.id), eq(outcomes.isCurrent, true)));
    const stored = await db.select({ id: ballots.id }).from(ballots).where(eq(ballots.planId, world.plan.id));
    expect(outcome?.voterCount).toBe(stored.length);
    await actAs(officer.id);
    expect(await recountAction(null, form({ planId: world.plan.id }))).toMatchObject({ ok: true, data: { reproduced: true } });
  }

  itOnPostgres("makes the close wait for a ballot whose check passed, then counts it", async () => {
    const db = database.db;
    const late = voters[1];
    if (!late) throw new Error("no voter");
    const checked = gate();
    const release = gate();
    // The ballot path as the cast action runs it: the plan held for share, the phase checked, then the write.
    const cast = db.transaction(async (transaction) => {
      const tx = transaction as unknown as Database;
      const plan = await findPlan(tx, world.plan.id, "share");
      expect(plan?.phase).toBe("voting");
      checked.open();
      await release.opened;
      await castBallot(tx, { planId: world.plan.id, voterId: late.id, proposalIds: [project.id] });
    });
    await checked.opened;
    await actAs(officer.id);
    let closed = false;
    const close = changePhaseAction(null, form({ planId: world.plan.id, to: "results" })).then((result) => {
      closed = true;
      return result;
    });
    await untilSomeoneWaitsOnALock();
    expect(closed).toBe(false);
    release.open();
    await cast;
    expect(await close).toMatchObject({ ok: true });
    const [outcome] = await db.select().from(outcomes).where(and(eq(outcomes.planId, world.plan.id), eq(outcomes.isCurrent, true)));
    expect(outcome?.voterCount).toBe(2);
    await expectCountEqualsRecount();
  });

  itOnPostgres("refuses a ballot that reaches the plan row while the close holds it", async () => {
    const db = database.db;
    const late = voters[1];
    if (!late) throw new Error("no voter");
    const closing = gate();
    const release = gate();
    // The close as the phase action runs it: the plan held for update, the phase moved, the count taken.
    const close = db.transaction(async (transaction) => {
      const tx = transaction as unknown as Database;
      const plan = await findPlan(tx, world.plan.id, "update");
      if (!plan) throw new Error("no plan");
      await changePlanPhase(tx, plan, "results");
      closing.open();
      await release.opened;
      await countAndStoreOutcome(tx, plan.id, officer.id);
    });
    await closing.opened;
    await actAs(late.id);
    const cast = castBallotAction(null, form({ planId: world.plan.id, proposalIds: [project.id] }));
    await untilSomeoneWaitsOnALock();
    release.open();
    await close;
    expect(await cast).toMatchObject({ ok: false, message: "The plan is not in a phase that allows this." });
    expect(await db.select().from(ballots).where(eq(ballots.voterId, late.id))).toEqual([]);
    const [outcome] = await db.select().from(outcomes).where(and(eq(outcomes.planId, world.plan.id), eq(outcomes.isCurrent, true)));
    expect(outcome?.voterCount).toBe(1);
    await expectCountEqualsRecount();
  });

  it("closes and counts the same ballots a recount finds, on every engine", async () => {
    await actAs(officer.id);
    expect(await changePhaseAction(null, form({ planId: world.plan.id, to: "results" }))).toMatchObject({ ok: true });
    await expectCountEqualsRecount();
    expect(await database.db.select({ phase: plans.phase }).from(plans).where(eq(plans.id, world.plan.id))).toEqual([{ phase: "results" }]);
  });
});
