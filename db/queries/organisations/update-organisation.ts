import { eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { organisations } from "../../schema";
import type { OrganisationProfileInput } from "./create-organisation";

export async function updateOrganisation(tx: Database, organisationId: string, input: OrganisationProfileInput) {
  const [updated] = await tx.update(organisations).set(input).where(eq(organisations.id, organisationId)).returning({ slug: organisations.slug });
  return updated ?? null;
}
