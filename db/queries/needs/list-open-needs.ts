import { and, asc, count, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { PledgeKind } from "@/lib/pledges/kinds";
import { publicProposalStatuses } from "@/lib/proposals/statuses";
import { offersToTsQuery } from "@/lib/pledges/matching";
import type { PageRequest } from "@/lib/shared/pagination";
import type { Database } from "../../connect";
import { areas, needs, organisations, plans, proposals } from "../../schema";

export interface OpenNeedFilters {
  kind: PledgeKind | null;
  areaId: string | null;
  q: string;
  /** Rank needs by how well they match this organisation's offers. */
  organisationId: string | null;
}

/**
 * Open needs of public proposals in open plans, a page at a time. With an organisation,
 * needs whose words match what it offers come first, and each row says whether it matched.
 */
export async function listOpenNeeds(db: Database, filters: OpenNeedFilters, page: PageRequest) {
  let offersQuery: string | null = null;
  if (filters.organisationId) {
    const [organisation] = await db.select({ offers: organisations.offers }).from(organisations).where(eq(organisations.id, filters.organisationId));
    offersQuery = organisation ? offersToTsQuery(organisation.offers) : null;
  }
  const document = sql`to_tsvector('english', ${needs.description} || ' ' || ${proposals.title})`;
  const match: SQL = offersQuery ? sql`ts_rank(${document}, to_tsquery('english', ${offersQuery}))` : sql`0`;
  const where = and(
    eq(needs.status, "open"),
    inArray(proposals.status, [...publicProposalStatuses]),
    ne(plans.phase, "draft"),
    filters.kind ? eq(needs.kind, filters.kind) : undefined,
    filters.areaId ? eq(proposals.areaId, filters.areaId) : undefined,
    filters.q ? sql`${document} @@ websearch_to_tsquery('english', ${filters.q})` : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: needs.id,
        kind: needs.kind,
        description: needs.description,
        createdAt: needs.createdAt,
        proposalId: proposals.id,
        proposalTitle: proposals.title,
        areaName: areas.name,
        imdDecile: areas.imdDecile,
        planTitle: plans.title,
        score: sql<number>`${match}::float`,
      })
      .from(needs)
      .innerJoin(proposals, eq(proposals.id, needs.proposalId))
      .innerJoin(plans, eq(plans.id, proposals.planId))
      .innerJoin(areas, eq(areas.id, proposals.areaId))
      .where(where)
      // "order by 0" would mean a column position, so without an organisation there is no rank to sort by.
      .orderBy(...(offersQuery ? [desc(match)] : []), desc(needs.createdAt), asc(needs.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db
      .select({ n: count() })
      .from(needs)
      .innerJoin(proposals, eq(proposals.id, needs.proposalId))
      .innerJoin(plans, eq(plans.id, proposals.planId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0, matching: offersQuery !== null };
}
