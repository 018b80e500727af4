import { asc, eq, sql } from "drizzle-orm";
import type { Database } from "../../connect";
import { areas, memberships, organisations, regions, users } from "../../schema";

const roleOrder = sql`case ${memberships.role} when 'owner' then 0 when 'admin' then 1 else 2 end`;

/** A profile with its members (owner first, then admins, then by name); two queries. */
export async function getOrganisationBySlug(db: Database, slug: string) {
  const [row] = await db
    .select({ organisation: organisations, areaName: areas.name, regionName: regions.name })
    .from(organisations)
    .innerJoin(regions, eq(regions.id, organisations.regionId))
    .leftJoin(areas, eq(areas.id, organisations.areaServedId))
    .where(eq(organisations.slug, slug))
    .limit(1);
  if (!row) return null;
  const members = await db
    .select({ userId: users.id, name: users.name, role: memberships.role, joinedAt: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, row.organisation.id))
    .orderBy(roleOrder, asc(users.name), asc(users.id));
  return { ...row.organisation, areaName: row.areaName, regionName: row.regionName, members };
}

export type OrganisationProfile = NonNullable<Awaited<ReturnType<typeof getOrganisationBySlug>>>;

export async function getOrganisationSummary(db: Database, organisationId: string) {
  const [row] = await db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, regionId: organisations.regionId })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .limit(1);
  return row ?? null;
}

export async function getOrganisationName(db: Database, organisationId: string): Promise<string | null> {
  return (await getOrganisationSummary(db, organisationId))?.name ?? null;
}
