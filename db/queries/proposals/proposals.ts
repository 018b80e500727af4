import { and, asc, count, desc, eq, inArray, or, type SQL } from "drizzle-orm";
import { publicProposalStatuses, type ProposalStatus } from "@/lib/labels";
import type { PageRequest } from "@/lib/shared/pagination";
import type { Database } from "../../connect";
import {
  areas,
  organisations,
  plans,
  proposals,
  themes,
  users,
} from "../../schema";

export const listColumns = {
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

export type ProposalListItem = Awaited<ReturnType<typeof listProposalsWhere>>["rows"][number];

/** One page of public proposals matching `where`, newest first, plus the total: two queries, no N+1. */
async function listProposalsWhere(db: Database, where: SQL | undefined, page: PageRequest) {
  const visible = and(inArray(proposals.status, [...publicProposalStatuses]), where);
  const [rows, [total]] = await Promise.all([
    db
      .select(listColumns)
      .from(proposals)
      .innerJoin(areas, eq(areas.id, proposals.areaId))
      .innerJoin(themes, eq(themes.id, proposals.themeId))
      .leftJoin(organisations, eq(organisations.id, proposals.organisationId))
      .where(visible)
      .orderBy(desc(proposals.publishedAt), asc(proposals.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ n: count() }).from(proposals).where(visible),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export function listPlanProposals(db: Database, planId: string, page: PageRequest) {
  return listProposalsWhere(db, eq(proposals.planId, planId), page);
}

export function listAreaProposals(db: Database, areaId: string, page: PageRequest) {
  return listProposalsWhere(db, eq(proposals.areaId, areaId), page);
}

/** Statuses reachable by a direct link: public ones, plus withdrawn (shown as such). */
const linkableStatuses: ProposalStatus[] = [...publicProposalStatuses, "withdrawn"];

/**
 * A proposal for its page. Everyone sees public and withdrawn ones; its author and moderators
 * also see it while hidden (with the moderator's reason), so nobody is left wondering.
 */
export async function getPublicProposal(db: Database, id: string, viewer?: { userId: string; moderator: boolean }) {
  const [row] = await db
    .select({
      proposal: proposals,
      area: { id: areas.id, name: areas.name, imdDecile: areas.imdDecile, code: areas.code },
      theme: { id: themes.id, name: themes.name },
      plan: { id: plans.id, slug: plans.slug, title: plans.title, phase: plans.phase, supportThreshold: plans.supportThreshold },
      authorName: users.name,
      organisation: { id: organisations.id, name: organisations.name, sector: organisations.sector, verifiedAt: organisations.verifiedAt },
    })
    .from(proposals)
    .innerJoin(areas, eq(areas.id, proposals.areaId))
    .innerJoin(themes, eq(themes.id, proposals.themeId))
    .innerJoin(plans, eq(plans.id, proposals.planId))
    .innerJoin(users, eq(users.id, proposals.authorId))
    .leftJoin(organisations, eq(organisations.id, proposals.organisationId))
    .where(
      and(
        eq(proposals.id, id),
        viewer
          ? or(inArray(proposals.status, linkableStatuses), and(eq(proposals.status, "hidden"), viewer.moderator ? undefined : eq(proposals.authorId, viewer.userId)))
          : inArray(proposals.status, linkableStatuses),
      ),
    )
    .limit(1);
  return row ?? null;
}
