import type { Database } from "@/db";
import { listRegions } from "@/db/queries/geography/list-areas";

/** The region named by `?region=<slug>`, or the first region; with every region, for links between them. */
export async function chooseRegion(db: Database, slug: string | null | undefined) {
  const regions = await listRegions(db);
  const region = regions.find((r) => r.slug === slug) ?? regions[0] ?? null;
  return { region, regions };
}
