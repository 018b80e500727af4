import { asc, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { memberships, organisations } from "../../schema";

/** The organisations a person may propose for: any they belong to, whatever their role. */
export function listMemberOrganisations(db: Database, userId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name));
}
