import { and, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { areas, regions } from "../../schema";

export async function getArea(db: Database, id: string) {
  const [row] = await db
    .select({ area: areas, region: { id: regions.id, name: regions.name } })
    .from(areas)
    .innerJoin(regions, eq(regions.id, areas.regionId))
    .where(eq(areas.id, id))
    .limit(1);
  return row ?? null;
}

export function getAreaInRegion(db: Database, areaId: string, regionId: string) {
  return db
    .select({ id: areas.id, name: areas.name, boundary: areas.boundary })
    .from(areas)
    .where(and(eq(areas.id, areaId), eq(areas.regionId, regionId)))
    .limit(1)
    .then((rows) => rows[0] ?? null);
}
