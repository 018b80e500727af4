import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../../connect";
import { areas, plans, themes } from "../../schema";

/** Ids among `ids` that are not themes (or areas) of the region: a form may only pick its own region's. */
export async function foreignIds(db: Database, regionId: string, kind: "themes" | "areas", ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const table = kind === "themes" ? themes : areas;
  const found = await db.select({ id: table.id }).from(table).where(and(eq(table.regionId, regionId), inArray(table.id, [...ids])));
  const known = new Set(found.map((r) => r.id));
  return ids.filter((id) => !known.has(id));
}

export async function isSlugTaken(db: Database, slug: string, exceptPlanId?: string): Promise<boolean> {
  const [row] = await db.select({ id: plans.id }).from(plans).where(eq(plans.slug, slug)).limit(1);
  return row !== undefined && row.id !== exceptPlanId;
}
