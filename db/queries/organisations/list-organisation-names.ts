import { inArray } from "drizzle-orm";
import type { Database } from "../../connect";
import { organisations } from "../../schema";

/** The names of the given organisations, for a choice between them. */
export async function listOrganisationNames(db: Database, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  if (!ids.length) return [];
  return db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, [...ids]));
}
