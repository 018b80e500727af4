import { asc, count, eq } from "drizzle-orm";
import { areas, organisations, proposals, themes } from "../../schema";
import type { Database } from "../../connect";
import { type OpenList, publicProposalsOf, type Window } from "./open-list";

const proposalColumns = {
  id: proposals.id,
  title: proposals.title,
  summary: proposals.summary,
  status: proposals.status,
  theme: themes.name,
  neighbourhoodCode: areas.code,
  neighbourhoodName: areas.name,
  imdDecile: areas.imdDecile,
  estimatedCostPence: proposals.estimatedCostPence,
  finalCostPence: proposals.finalCostPence,
  supportCount: proposals.supportCount,
  pledgedValuePence: proposals.pledgedValuePence,
  organisationName: organisations.name,
  organisationSector: organisations.sector,
  publishedAt: proposals.publishedAt,
};

function proposalRows(db: Database, planId: string, window: Window) {
  return db
      .select(proposalColumns)
      .from(proposals)
      .innerJoin(areas, eq(areas.id, proposals.areaId))
      .innerJoin(themes, eq(themes.id, proposals.themeId))
      .leftJoin(organisations, eq(organisations.id, proposals.organisationId))
      .where(publicProposalsOf(planId))
      .orderBy(asc(proposals.publishedAt), asc(proposals.id))
      .limit(window.limit)
      .offset(window.offset);
}

export type OpenProposal = Awaited<ReturnType<typeof proposalRows>>[number];

export const openProposals: OpenList<string, OpenProposal> = {
  rows: proposalRows,
  count: async (db, planId) => (await db.select({ n: count() }).from(proposals).where(publicProposalsOf(planId)))[0]?.n ?? 0,
};
