import { and, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { endorsements, organisations } from "../../schema";

export async function addEndorsement(db: Database, values: { proposalId: string; organisationId: string; endorsedBy: string; statement: string }): Promise<boolean> {
  const rows = await db.insert(endorsements).values(values).onConflictDoNothing().returning({ id: endorsements.id });
  return rows.length > 0;
}

export async function getEndorsementOnProposal(db: Database, endorsementId: string, proposalId: string) {
  const [row] = await db
    .select({ id: endorsements.id, organisationId: endorsements.organisationId, organisationName: organisations.name })
    .from(endorsements)
    .innerJoin(organisations, eq(organisations.id, endorsements.organisationId))
    .where(and(eq(endorsements.id, endorsementId), eq(endorsements.proposalId, proposalId)))
    .limit(1);
  return row ?? null;
}

export async function removeEndorsement(db: Database, target: { endorsementId: string; proposalId: string; organisationId: string }): Promise<boolean> {
  const rows = await db
    .delete(endorsements)
    .where(and(eq(endorsements.id, target.endorsementId), eq(endorsements.proposalId, target.proposalId), eq(endorsements.organisationId, target.organisationId)))
    .returning({ id: endorsements.id });
  return rows.length > 0;
}
