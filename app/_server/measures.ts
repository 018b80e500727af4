import "server-only";
import { after } from "next/server";
import type { Database } from "@/db";
import { getPlanMeasures, PLAN_MEASURES_VERSION } from "@/db/queries/measures/get-plan-measures";
import { planSnapshotKey, readThroughSnapshot, regionSnapshotKey } from "@/db/queries/measures/measure-snapshots";
import { getRegionMeasures, REGION_MEASURES_VERSION } from "@/db/queries/measures/get-region-measures";
import { measuresSnapshotPolicy } from "@/env";

// The measures pages and their CSVs read one snapshot in Postgres while it is fresh (a minute by
// default), so a busy page does not re-run its aggregates for every visitor on every instance.

const afterResponse = (task: () => Promise<void>) =>
  after(() =>
    task().catch((error: unknown) => {
      console.error("could not refresh a measures snapshot", error);
    }),
  );

/** A plan's measures and when they were worked out. */
export function getPlanMeasuresSnapshot(db: Database, plan: { id: string; regionId: string }) {
  return readThroughSnapshot(db, {
    key: planSnapshotKey(plan.id),
    version: PLAN_MEASURES_VERSION,
    policy: measuresSnapshotPolicy(),
    compute: () => getPlanMeasures(db, plan),
    schedule: afterResponse,
  });
}

/** The region's measures over time and when they were worked out. */
export function getRegionMeasuresSnapshot(db: Database, regionId: string) {
  return readThroughSnapshot(db, {
    key: regionSnapshotKey(regionId),
    version: REGION_MEASURES_VERSION,
    policy: measuresSnapshotPolicy(),
    compute: () => getRegionMeasures(db, regionId),
    schedule: afterResponse,
  });
}
