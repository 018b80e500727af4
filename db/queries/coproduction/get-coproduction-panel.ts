import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../../connect";
import { endorsements, needs, organisations, partners, pledgeRates, pledges, users } from "../../schema";

/** Everything the co-production panel shows, with the ids the page needs to decide who sees which button. */
export async function getCoproductionPanel(db: Database, proposalId: string, planId: string) {
  const pledgerOrg = alias(organisations, "pledger_org");
  const [needRows, pledgeRows, rates, endorsementRows, partnerRows] = await Promise.all([
    db
      .select({ id: needs.id, kind: needs.kind, description: needs.description, status: needs.status })
      .from(needs)
      .where(eq(needs.proposalId, proposalId))
      .orderBy(asc(needs.createdAt), asc(needs.id)),
    db
      .select({
        id: pledges.id,
        kind: pledges.kind,
        quantity: pledges.quantity,
        unit: pledges.unit,
        description: pledges.description,
        status: pledges.status,
        needId: pledges.needId,
        pledgerId: pledges.pledgerId,
        organisationId: pledges.organisationId,
        pledgerName: users.name,
        organisationName: pledgerOrg.name,
        organisationSector: pledgerOrg.sector,
      })
      .from(pledges)
      .innerJoin(users, eq(users.id, pledges.pledgerId))
      .leftJoin(pledgerOrg, eq(pledgerOrg.id, pledges.organisationId))
      .where(eq(pledges.proposalId, proposalId))
      .orderBy(asc(pledges.createdAt), asc(pledges.id)),
    db.select({ kind: pledgeRates.kind, unit: pledgeRates.unit, pencePerUnit: pledgeRates.pencePerUnit }).from(pledgeRates).where(eq(pledgeRates.planId, planId)),
    db
      .select({
        id: endorsements.id,
        organisationId: endorsements.organisationId,
        statement: endorsements.statement,
        organisationName: organisations.name,
        sector: organisations.sector,
        verifiedAt: organisations.verifiedAt,
      })
      .from(endorsements)
      .innerJoin(organisations, eq(organisations.id, endorsements.organisationId))
      .where(eq(endorsements.proposalId, proposalId))
      .orderBy(asc(endorsements.createdAt), asc(endorsements.id)),
    db
      .select({
        id: partners.id,
        organisationId: partners.organisationId,
        role: partners.role,
        status: partners.status,
        organisationName: organisations.name,
        sector: organisations.sector,
      })
      .from(partners)
      .innerJoin(organisations, eq(organisations.id, partners.organisationId))
      .where(eq(partners.proposalId, proposalId))
      .orderBy(asc(partners.createdAt), asc(partners.id)),
  ]);
  return { needs: needRows, pledges: pledgeRows, rates, endorsements: endorsementRows, partners: partnerRows };
}

export type CoproductionPanel = Awaited<ReturnType<typeof getCoproductionPanel>>;
