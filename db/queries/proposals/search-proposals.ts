import { and, asc, between, count, desc, eq, gt, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { decileBands, type ProposalFilters } from "@/lib/proposals/proposal-filters";
import { publicProposalStatuses } from "@/lib/proposals/statuses";
import type { PageRequest } from "@/lib/shared/pagination";
import { areas, organisations, proposals } from "../../schema";
import type { Database } from "../../connect";
import { selectProposalListItems } from "./list-proposals";

/**
 * The plan page's filters as a where clause over proposals joined to areas and organisations;
 * the reviewer workspace filters the same way.
 */
export function proposalFiltersWhere(planId: string, filters: Pick<ProposalFilters, "q" | "theme" | "area" | "band" | "status" | "needs" | "by">): SQL | undefined {
  return whereFor(planId, filters, filters.q ? sql`websearch_to_tsquery('english', ${filters.q})` : null);
}

function whereFor(planId: string, filters: Pick<ProposalFilters, "theme" | "area" | "band" | "status" | "needs" | "by">, query: SQL | null): SQL | undefined {
  const band = filters.band ? decileBands[filters.band] : null;
  return and(
    eq(proposals.planId, planId),
    filters.status ? eq(proposals.status, filters.status) : inArray(proposals.status, [...publicProposalStatuses]),
    filters.theme ? eq(proposals.themeId, filters.theme) : undefined,
    filters.area ? eq(proposals.areaId, filters.area) : undefined,
    band ? between(areas.imdDecile, band.min, band.max) : undefined,
    filters.needs ? gt(proposals.openNeedCount, 0) : undefined,
    filters.by === "resident" ? isNull(proposals.organisationId) : filters.by ? eq(organisations.sector, filters.by) : undefined,
    query ? sql`${proposals.search} @@ ${query}` : undefined,
  );
}

function orderFor(filters: ProposalFilters, query: SQL | null): SQL[] {
  const cost = sql`coalesce(${proposals.finalCostPence}, ${proposals.estimatedCostPence})`;
  switch (filters.sort) {
    case "relevance":
      return query ? [sql`ts_rank(${proposals.search}, ${query}) desc`, desc(proposals.publishedAt)] : [desc(proposals.publishedAt)];
    case "supported":
      return [desc(proposals.supportCount), desc(proposals.publishedAt)];
    case "pledged":
      return [desc(proposals.pledgedValuePence), desc(proposals.publishedAt)];
    case "leverage":
      // Community value per pound asked: proposals asking for nothing but bringing something come first.
      return [sql`${proposals.pledgedValuePence}::numeric / greatest(${cost}, 1) desc`, desc(proposals.pledgedValuePence)];
    case "random":
      // A hash of id and seed: a shuffled order that stays put while the person pages.
      return [sql`md5(${proposals.id}::text || ${filters.seed ?? ""})`];
    case "newest":
      return [desc(proposals.publishedAt)];
  }
}

/**
 * One page of a plan's public proposals, filtered, searched and sorted: two queries
 * (the page and its count), whatever the filters.
 */
export async function searchPlanProposals(db: Database, planId: string, filters: ProposalFilters, page: PageRequest) {
  const query = filters.q ? sql`websearch_to_tsquery('english', ${filters.q})` : null;
  const where = whereFor(planId, filters, query);
  const [rows, [total]] = await Promise.all([
    selectProposalListItems(db)
      .where(where)
      .orderBy(...orderFor(filters, query), asc(proposals.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db
      .select({ n: count() })
      .from(proposals)
      .innerJoin(areas, eq(areas.id, proposals.areaId))
      .leftJoin(organisations, eq(organisations.id, proposals.organisationId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
