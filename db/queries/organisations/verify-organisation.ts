import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../../connect";
import { organisations } from "../../schema";

/** Marks an organisation verified by a council officer; false when it already was. */
export async function verifyOrganisation(tx: Database, organisationId: string, moderatorId: string): Promise<boolean> {
  const verified = await tx
    .update(organisations)
    .set({ verifiedAt: new Date(), verifiedBy: moderatorId })
    .where(and(eq(organisations.id, organisationId), isNull(organisations.verifiedAt)))
    .returning({ id: organisations.id });
  return verified.length > 0;
}
