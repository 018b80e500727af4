import { eq } from "drizzle-orm";
import type { Database } from "../connect";
import { createOrganisation } from "../queries/organisations/create-organisation";
import { memberships } from "../schema";
import { makeArea, makeRegion, makeUser } from "./factories";

export type OrganisationsFixture = Awaited<ReturnType<typeof makeOrganisationsFixture>>;
export type OrganisationOverrides = Partial<Parameters<typeof createOrganisation>[1]>;

/** A region with two neighbourhoods, Riverside (where organisations serve by default) and Hilltop. */
export async function makeOrganisationsFixture(db: Database) {
  const region = await makeRegion(db);
  const areaId = (await makeArea(db, region.id, { name: "Riverside" })).id;
  const otherAreaId = (await makeArea(db, region.id, { name: "Hilltop" })).id;
  return { regionId: region.id, areaId, otherAreaId };
}

const profile = { description: "", offers: "", website: null };

/** An organisation created the way people create one, so its owner is a member from the start. */
export async function makeOwnedOrganisation(db: Database, fixture: OrganisationsFixture, name: string, overrides: OrganisationOverrides = {}) {
  const owner = await makeUser(db, { name: `${name} Owner` });
  const organisation = await db.transaction((tx) =>
    createOrganisation(tx, { name, sector: "community_voluntary", areaServedId: fixture.areaId, regionId: fixture.regionId, ownerId: owner.id, ...profile, ...overrides }),
  );
  return { organisation, owner };
}

export async function listMemberRoles(db: Database, organisationId: string) {
  return Object.fromEntries((await db.select().from(memberships).where(eq(memberships.organisationId, organisationId))).map((m) => [m.userId, m.role]));
}
