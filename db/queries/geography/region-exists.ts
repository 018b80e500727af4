import { eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { regions } from "../../schema";

export async function regionExists(db: Database, regionId: string): Promise<boolean> {
  const [row] = await db.select({ id: regions.id }).from(regions).where(eq(regions.id, regionId));
  return row !== undefined;
}
