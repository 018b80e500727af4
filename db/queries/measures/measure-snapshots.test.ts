import { expect, it } from "vitest";
import { measureSnapshots } from "../../schema";
import { makePlan, makeWorld } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { claimRefresh, forgetPlanSnapshots, forgetRegionSnapshots, planSnapshotKey, readSnapshot, readThroughSnapshot, regionSnapshotKey, writeSnapshot } from "./measure-snapshots";
import { replacePopulationGroups } from "../geography/import-population";

const policy = { freshMs: 60_000, staleMs: 600_000 };
const t0 = new Date("2026-12-01T12:00:00Z");
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describeWithDatabase("measures snapshots in Postgres", (database) => {
  /** A computation that counts its calls and returns a new figure each time. */
  function counter() {
    let calls = 0;
    return { compute: async () => ({ figure: ++calls }), calls: () => calls };
  }

  it("computes and stores when nothing is held, then serves the stored figures while they are fresh", async () => {
    const work = counter();
    const scheduled: (() => Promise<void>)[] = [];
    const request = { key: "plan:fresh", version: 1, policy, compute: work.compute, schedule: (task: () => Promise<void>) => void scheduled.push(task) };
    const first = await readThroughSnapshot(database.db, request);
    expect(first.data).toEqual({ figure: 1 });
    const stored = await readSnapshot(database.db, "plan:fresh", 1);
    expect(stored?.data).toEqual({ figure: 1 });
    // Served from the snapshot (as written a moment ago): no second computation, nothing scheduled.
    const second = await readThroughSnapshot(database.db, { ...request, now: new Date(first.computedAt.getTime() + 59_000) });
    expect(second).toEqual({ data: { figure: 1 }, computedAt: first.computedAt });
    expect(work.calls()).toBe(1);
    expect(scheduled).toHaveLength(0);
  });

  it("serves a stale snapshot and refreshes it once after the response, however many ask", async () => {
    await writeSnapshot(database.db, "plan:stale", 1, { figure: 0 }, t0);
    const work = counter();
    const scheduled: (() => Promise<void>)[] = [];
    const request = { key: "plan:stale", version: 1, policy, compute: work.compute, now: later(120), schedule: (task: () => Promise<void>) => void scheduled.push(task) };
    const [a, b] = await Promise.all([readThroughSnapshot(database.db, request), readThroughSnapshot(database.db, request)]);
    expect([a.data, b.data]).toEqual([{ figure: 0 }, { figure: 0 }]);
    expect(work.calls()).toBe(0); // nothing computed before answering
    for (const task of scheduled) await task();
    expect(work.calls()).toBe(1); // two stale reads, one recomputation
    expect((await readSnapshot(database.db, "plan:stale", 1))?.data).toEqual({ figure: 1 });
  });

  it("lets one caller at a time claim a refresh, until its lease runs out", async () => {
    await writeSnapshot(database.db, "plan:lease", 1, {}, t0);
    expect(await claimRefresh(database.db, "plan:lease", t0, later(100))).toBe(true);
    expect(await claimRefresh(database.db, "plan:lease", t0, later(101))).toBe(false);
    expect(await claimRefresh(database.db, "plan:lease", t0, later(100 + 61))).toBe(true);
    // Once a newer snapshot is written, refreshing the old one is pointless: no one may claim it.
    await writeSnapshot(database.db, "plan:lease", 1, {}, later(170));
    expect(await claimRefresh(database.db, "plan:lease", t0, later(400))).toBe(false);
    expect(await claimRefresh(database.db, "plan:lease", later(170), later(400))).toBe(true);
  });

  it("recomputes before answering when the snapshot is too old, of another version, or snapshots are off", async () => {
    await writeSnapshot(database.db, "plan:old", 1, { figure: 0 }, t0);
    const work = counter();
    const request = { key: "plan:old", version: 1, policy, compute: work.compute, schedule: () => undefined };
    expect((await readThroughSnapshot(database.db, { ...request, now: later(600) })).data).toEqual({ figure: 1 });
    expect((await readThroughSnapshot(database.db, { ...request, version: 2 })).data).toEqual({ figure: 2 });
    expect((await readThroughSnapshot(database.db, { ...request, version: 2, policy: { freshMs: 0, staleMs: 0 } })).data).toEqual({ figure: 3 });
  });

  it("forgets a plan's page and its region's page, and a region's every page, leaving others alone", async () => {
    const world = await makeWorld(database.db);
    const sibling = await makePlan(database.db, world.region.id);
    const elsewhere = await makeWorld(database.db);
    const keys = [planSnapshotKey(world.plan.id), planSnapshotKey(sibling.id), regionSnapshotKey(world.region.id), planSnapshotKey(elsewhere.plan.id), regionSnapshotKey(elsewhere.region.id)];
    const held = async () => (await database.db.select({ key: measureSnapshots.key }).from(measureSnapshots)).map((row) => row.key).filter((key) => keys.includes(key)).sort();
    for (const key of keys) await writeSnapshot(database.db, key, 1, {}, t0);

    await forgetPlanSnapshots(database.db, world.plan.id);
    expect(await held()).toEqual([planSnapshotKey(sibling.id), planSnapshotKey(elsewhere.plan.id), regionSnapshotKey(elsewhere.region.id)].sort());

    for (const key of keys) await writeSnapshot(database.db, key, 1, {}, t0);
    await database.db.transaction((tx) => replacePopulationGroups(tx, world.region.id, [{ row: 2, code: world.area.code.toUpperCase(), question: "disability", answer: "Yes", people: 10 }], "Census"));
    expect(await held()).toEqual([planSnapshotKey(elsewhere.plan.id), regionSnapshotKey(elsewhere.region.id)].sort());

    await forgetRegionSnapshots(database.db, elsewhere.region.id);
    expect(await held()).toEqual([]);
  });
});
