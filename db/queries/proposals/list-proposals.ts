import { and, asc, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import { publicProposalStatuses } from "@/lib/proposals/statuses";
import type { PageRequest } from "@/lib/shared/pagination";
import { areas, organisations, proposals, themes } from "../../schema";
import type { Database } from "../../connect";

const listColumns = {
  id: proposals.id,
  title: proposals.title,
  summary: proposals.summary,
  status: proposals.status,
  estimatedCostPence: proposals.estimatedCostPence,
  finalCostPence: proposals.finalCostPence,
  supportCount: proposals.supportCount,
  commentCount: proposals.commentCount,
  pledgedValuePence: proposals.pledgedValuePence,
  openNeedCount: proposals.openNeedCount,
  publishedAt: proposals.publishedAt,
  areaId: areas.id,
  areaName: areas.name,
  imdDecile: areas.imdDecile,
  themeName: themes.name,
  organisationName: organisations.name,
  organisationSector: organisations.sector,
};

/** Proposals as every list shows them; each caller adds its own where, order and page. */
export function selectProposalListItems(db: Database) {
  return db
    .select(listColumns)
    .from(proposals)
    .innerJoin(areas, eq(areas.id, proposals.areaId))
    .innerJoin(themes, eq(themes.id, proposals.themeId))
    .leftJoin(organisations, eq(organisations.id, proposals.organisationId));
}

export type ProposalListItem = Awaited<ReturnType<typeof listProposalsWhere>>["rows"][number];

/** One page of public proposals matching `where`, newest first, plus the total: two queries, no N+1. */
async function listProposalsWhere(db: Database, where: SQL | undefined, page: PageRequest) {
  const visible = and(inArray(proposals.status, [...publicProposalStatuses]), where);
  const [rows, [total]] = await Promise.all([
    selectProposalListItems(db)
      .where(visible)
      .orderBy(desc(proposals.publishedAt), asc(proposals.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ n: count() }).from(proposals).where(visible),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export function listAreaProposals(db: Database, areaId: string, page: PageRequest) {
  return listProposalsWhere(db, eq(proposals.areaId, areaId), page);
}
