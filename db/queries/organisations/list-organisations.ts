import { and, asc, count, eq, ilike, or, sql } from "drizzle-orm";
import type { Sector } from "@/lib/organisations/sectors";
import type { PageRequest } from "@/lib/shared/pagination";
import { containsPattern } from "@/lib/shared/search-text";
import { areas, memberships, organisations } from "../../schema";
import type { Database } from "../../connect";

export interface OrganisationFilters {
  query?: string;
  sector?: Sector;
  areaId?: string;
}

const memberCount = sql<number>`(select count(*) from ${memberships} where ${memberships.organisationId} = ${organisations.id})::int`;

/** The public directory: one page matching the filters, plus the total; two queries, no N+1. */
export async function listOrganisations(db: Database, filters: OrganisationFilters, page: PageRequest) {
  const pattern = filters.query ? containsPattern(filters.query) : null;
  const where = and(
    pattern ? or(ilike(organisations.name, pattern), ilike(organisations.description, pattern), ilike(organisations.offers, pattern)) : undefined,
    filters.sector ? eq(organisations.sector, filters.sector) : undefined,
    filters.areaId ? eq(organisations.areaServedId, filters.areaId) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: organisations.id,
        slug: organisations.slug,
        name: organisations.name,
        sector: organisations.sector,
        description: organisations.description,
        verifiedAt: organisations.verifiedAt,
        areaName: areas.name,
        memberCount,
      })
      .from(organisations)
      .leftJoin(areas, eq(areas.id, organisations.areaServedId))
      .where(where)
      .orderBy(asc(organisations.name), asc(organisations.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ n: count() }).from(organisations).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export type OrganisationListItem = Awaited<ReturnType<typeof listOrganisations>>["rows"][number];
