import { and, eq, inArray, sql } from "drizzle-orm";
import type { AreaImportRow } from "@/lib/geography/area-import";
import type { Database } from "../../connect";
import { areas } from "../../schema";
import { forgetRegionSnapshots } from "../measures/measure-snapshots";

const BATCH = 500;

/** Which of these codes the region already has, so the preview can say "update" rather than "new". */
export async function existingAreaCodes(db: Database, regionId: string, codes: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < codes.length; i += BATCH) {
    const rows = await db.select({ code: areas.code }).from(areas).where(and(eq(areas.regionId, regionId), inArray(areas.code, codes.slice(i, i + BATCH))));
    for (const row of rows) found.add(row.code);
  }
  return found;
}

/**
 * Inserts or updates neighbourhoods by (region, code). A row without a boundary keeps the one
 * already stored, so a CSV of new population figures does not wipe the map.
 */
export async function upsertAreas(tx: Database, regionId: string, rows: readonly AreaImportRow[]): Promise<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  await forgetRegionSnapshots(tx, regionId);
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const result = await tx
      .insert(areas)
      .values(batch.map((r) => ({ regionId, code: r.code, name: r.name, population: r.population, imdDecile: r.imdDecile, boundary: r.boundary })))
      .onConflictDoUpdate({
        target: [areas.regionId, areas.code],
        set: {
          name: sql`excluded.name`,
          population: sql`excluded.population`,
          imdDecile: sql`excluded.imd_decile`,
          boundary: sql`coalesce(excluded.boundary, ${areas.boundary})`,
        },
      })
      // xmax is 0 for a freshly inserted row version and non-zero for one an upsert updated.
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    for (const row of result) {
      if (row.inserted) created++;
      else updated++;
    }
  }
  return { created, updated };
}
