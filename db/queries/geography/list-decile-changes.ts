import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../../connect";
import { areas, plans } from "../../schema";

const BATCH = 500;

/** The codes of the region's existing neighbourhoods whose deprivation decile these rows would change. */
export async function listDecileChanges(db: Database, regionId: string, rows: readonly { code: string; imdDecile: number }[]): Promise<string[]> {
  const wanted = new Map(rows.map((r) => [r.code, r.imdDecile]));
  const changed: string[] = [];
  const codes = [...wanted.keys()];
  for (let i = 0; i < codes.length; i += BATCH) {
    const stored = await db.select({ code: areas.code, imdDecile: areas.imdDecile }).from(areas).where(and(eq(areas.regionId, regionId), inArray(areas.code, codes.slice(i, i + BATCH))));
    for (const row of stored) if (row.imdDecile !== wanted.get(row.code)) changed.push(row.code);
  }
  return changed;
}

/**
 * The phases of every plan in the region, held for share until the transaction ends: deciles decide
 * ring-fences, so no plan may open or close its vote while an import that changes them is written.
 */
export async function lockRegionPlanPhases(db: Database, regionId: string) {
  const rows = await db.select({ phase: plans.phase }).from(plans).where(eq(plans.regionId, regionId)).orderBy(plans.id).for("share");
  return rows.map((row) => row.phase);
}
