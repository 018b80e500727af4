import { eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { areas } from "../../schema";

/** The region a neighbourhood lies in, or null when there is no such neighbourhood. */
export async function getAreaRegionId(db: Database, areaId: string): Promise<string | null> {
  const [area] = await db.select({ regionId: areas.regionId }).from(areas).where(eq(areas.id, areaId));
  return area?.regionId ?? null;
}
