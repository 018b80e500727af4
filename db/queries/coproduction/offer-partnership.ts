import { and, eq } from "drizzle-orm";
import type { PartnerDecision } from "@/lib/pledges/statuses";
import type { Database } from "../../connect";
import { partners } from "../../schema";
import { getOrganisationName } from "../organisations/get-organisation";

export async function addPartnerOffer(db: Database, values: { proposalId: string; organisationId: string; role: string; offeredBy: string }): Promise<boolean> {
  const rows = await db.insert(partners).values(values).onConflictDoNothing().returning({ id: partners.id });
  return rows.length > 0;
}

/** Accepts or declines an offer that is still open; returns the organisation's name, or null if nothing matched. */
export async function decidePartnerOffer(db: Database, target: { partnerId: string; proposalId: string; status: PartnerDecision }) {
  const [row] = await db
    .update(partners)
    .set({ status: target.status })
    .where(and(eq(partners.id, target.partnerId), eq(partners.proposalId, target.proposalId), eq(partners.status, "proposed")))
    .returning({ organisationId: partners.organisationId });
  return row ? getOrganisationName(db, row.organisationId) : null;
}
