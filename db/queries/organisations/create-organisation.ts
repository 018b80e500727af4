import { randomBytes } from "node:crypto";
import type { Sector } from "@/lib/organisations/sectors";
import type { Database } from "../../connect";
import { memberships, organisations } from "../../schema";

export function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return base || "organisation";
}

export interface OrganisationProfileInput {
  name: string;
  sector: Sector;
  description: string;
  offers: string;
  areaServedId: string | null;
  website: string | null;
}

/** Creates the organisation and its owner's membership; pass the action's transaction. */
export async function createOrganisation(tx: Database, input: OrganisationProfileInput & { regionId: string; ownerId: string }) {
  const { ownerId, ...values } = input;
  const base = slugify(input.name);
  for (let attempt = 0; attempt < 5; attempt++) {
    // The unique slug decides a race between two organisations of the same name.
    const slug = attempt === 0 ? base : `${base}-${randomBytes(3).toString("hex")}`;
    const [created] = await tx.insert(organisations).values({ ...values, slug }).onConflictDoNothing({ target: organisations.slug }).returning();
    if (created) {
      await tx.insert(memberships).values({ organisationId: created.id, userId: ownerId, role: "owner" });
      return created;
    }
  }
  throw new Error("could not find a free slug");
}
