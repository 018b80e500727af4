import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { publicProposalStatuses } from "@/lib/proposals/statuses";
import type { Database } from "../../connect";
import { areas, proposals, regions } from "../../schema";

/** The regions, first created first: most deployments run one. */
export function listRegions(db: Database) {
  return db.select().from(regions).orderBy(asc(regions.createdAt), asc(regions.name));
}

/** Every neighbourhood of a region with its count of public proposals (in one plan, if given). */
export async function listRegionAreas(db: Database, regionId: string, planId?: string) {
  const counts = db
    .select({ areaId: proposals.areaId, n: count().as("n") })
    .from(proposals)
    .where(and(inArray(proposals.status, [...publicProposalStatuses]), planId ? eq(proposals.planId, planId) : undefined))
    .groupBy(proposals.areaId)
    .as("area_counts");
  return db
    .select({
      id: areas.id,
      code: areas.code,
      name: areas.name,
      population: areas.population,
      imdDecile: areas.imdDecile,
      boundary: areas.boundary,
      proposalCount: sql<number>`coalesce(${counts.n}, 0)::int`,
    })
    .from(areas)
    .leftJoin(counts, eq(counts.areaId, areas.id))
    .where(eq(areas.regionId, regionId))
    .orderBy(asc(areas.name));
}

/** Every neighbourhood across regions, for the home page's "pick your neighbourhood". */
export function listAllAreas(db: Database) {
  return db
    .select({ id: areas.id, name: areas.name, regionName: regions.name })
    .from(areas)
    .innerJoin(regions, and(eq(regions.id, areas.regionId)))
    .orderBy(asc(regions.name), asc(areas.name));
}

export function listAreaShapes(db: Database, regionId: string) {
  return db.select({ id: areas.id, name: areas.name, boundary: areas.boundary }).from(areas).where(eq(areas.regionId, regionId)).orderBy(asc(areas.name));
}
