import { asc, count, eq, sql } from "drizzle-orm";
import { organisations, pledges, proposals } from "../../schema";
import { type OpenList, publicProposalsOf } from "./open-list";

const pledgeColumns = {
  id: pledges.id,
  proposalId: pledges.proposalId,
  proposalTitle: proposals.title,
  kind: pledges.kind,
  quantity: pledges.quantity,
  unit: pledges.unit,
  status: pledges.status,
  // Who pledged is public only as an organisation; a person pledging for themselves is "resident".
  organisationName: organisations.name,
  pledgerSector: sql<string>`coalesce(${organisations.sector}::text, 'resident')`,
  createdAt: pledges.createdAt,
};

export const openPledges: OpenList<string, OpenPledge> = {
  rows: (db, planId, window) =>
    db
      .select(pledgeColumns)
      .from(pledges)
      .innerJoin(proposals, eq(proposals.id, pledges.proposalId))
      .leftJoin(organisations, eq(organisations.id, pledges.organisationId))
      .where(publicProposalsOf(planId))
      .orderBy(asc(pledges.createdAt), asc(pledges.id))
      .limit(window.limit)
      .offset(window.offset),
  count: async (db, planId) =>
    (
      await db
        .select({ n: count() })
        .from(pledges)
        .innerJoin(proposals, eq(proposals.id, pledges.proposalId))
        .where(publicProposalsOf(planId))
    )[0]?.n ?? 0,
};

export type OpenPledge = {
  id: string;
  proposalId: string;
  proposalTitle: string;
  kind: string;
  quantity: number;
  unit: string;
  status: string;
  organisationName: string | null;
  pledgerSector: string;
  createdAt: Date;
};
