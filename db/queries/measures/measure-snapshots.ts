import { and, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { decideSnapshot, type SnapshotPolicy } from "../../../lib/measures/snapshots";
import type { Database } from "../../connect";
import { measureSnapshots, plans } from "../../schema";

// Snapshots of the measures pages live in Postgres, not in a process, so every app instance
// behind a load balancer serves the same figures and one instance's refresh serves them all.

export const planSnapshotKey = (planId: string) => `plan:${planId}`;
export const regionSnapshotKey = (regionId: string) => `region:${regionId}`;

/** How long one instance may take to recompute before another may try. */
const REFRESH_LEASE_MS = 60_000;

export async function readSnapshot(db: Database, key: string, version: number) {
  const [row] = await db
    .select({ data: measureSnapshots.data, computedAt: measureSnapshots.computedAt })
    .from(measureSnapshots)
    .where(and(eq(measureSnapshots.key, key), eq(measureSnapshots.version, version)));
  return row ?? null;
}

export async function writeSnapshot(db: Database, key: string, version: number, data: unknown, computedAt: Date): Promise<void> {
  await db
    .insert(measureSnapshots)
    .values({ key, version, data, computedAt })
    .onConflictDoUpdate({ target: measureSnapshots.key, set: { version, data, computedAt, refreshingUntil: null } });
}

/**
 * Takes the right to recompute the stale snapshot computed at `computedAt`, atomically: true for
 * exactly one caller until the lease runs out or the snapshot is replaced, so a burst of requests
 * starts one recomputation, not one each, and none starts once a newer snapshot is in.
 */
export async function claimRefresh(db: Database, key: string, computedAt: Date, now: Date): Promise<boolean> {
  const claimed = await db
    .update(measureSnapshots)
    .set({ refreshingUntil: new Date(now.getTime() + REFRESH_LEASE_MS) })
    .where(
      and(
        eq(measureSnapshots.key, key),
        eq(measureSnapshots.computedAt, computedAt),
        or(isNull(measureSnapshots.refreshingUntil), lt(measureSnapshots.refreshingUntil, now)),
      ),
    )
    .returning({ key: measureSnapshots.key });
  return claimed.length > 0;
}

/** Drops the snapshots of a plan's page and its region's page: call it in the transaction of a change that alters them. */
export async function forgetPlanSnapshots(db: Database, planId: string): Promise<void> {
  const region = db.select({ key: sql<string>`'region:' || ${plans.regionId}` }).from(plans).where(eq(plans.id, planId));
  await db.delete(measureSnapshots).where(or(eq(measureSnapshots.key, planSnapshotKey(planId)), inArray(measureSnapshots.key, region)));
}

/** Drops the snapshots of a region's page and every one of its plans' pages (after an import of its neighbourhoods or figures). */
export async function forgetRegionSnapshots(db: Database, regionId: string): Promise<void> {
  const planKeys = db.select({ key: sql<string>`'plan:' || ${plans.id}` }).from(plans).where(eq(plans.regionId, regionId));
  await db.delete(measureSnapshots).where(or(eq(measureSnapshots.key, regionSnapshotKey(regionId)), inArray(measureSnapshots.key, planKeys)));
}

export interface SnapshotRequest<T> {
  key: string;
  /** Bump when the shape of T changes, so snapshots written by older code are not read as T. */
  version: number;
  policy: SnapshotPolicy;
  compute: () => Promise<T>;
  now?: Date;
  /** Runs a recomputation after the response (Next's `after`); tests run it at once. */
  schedule: (task: () => Promise<void>) => void;
}

/**
 * The figures from a fresh snapshot; a stale one while one caller recomputes it in the
 * background; otherwise computed now and stored. A failed write is logged, never shown.
 */
export async function readThroughSnapshot<T>(db: Database, request: SnapshotRequest<T>): Promise<{ data: T; computedAt: Date }> {
  const now = request.now ?? new Date();
  const stored = await readSnapshot(db, request.key, request.version);
  const decision = decideSnapshot(stored?.computedAt ?? null, now, request.policy);
  if (stored && decision !== "compute") {
    if (decision === "serve-and-refresh") {
      request.schedule(async () => {
        if (!(await claimRefresh(db, request.key, stored.computedAt, now))) return;
        const computedAt = new Date();
        await writeSnapshot(db, request.key, request.version, await request.compute(), computedAt);
      });
    }
    // Written by this same code at this version: the stored JSON is a T.
    return { data: stored.data as T, computedAt: stored.computedAt };
  }
  const computedAt = new Date();
  const data = await request.compute();
  if (request.policy.freshMs > 0) {
    try {
      await writeSnapshot(db, request.key, request.version, data, computedAt);
    } catch (error) {
      console.error("could not store a measures snapshot", error);
    }
  }
  return { data, computedAt };
}
