import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { organisations } from "../../schema";
import { makeUser } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { listMemberRoles, makeOrganisationsFixture, makeOwnedOrganisation, type OrganisationOverrides, type OrganisationsFixture } from "../../testing/organisations-fixture";
import { slugify } from "./create-organisation";
import { verifyOrganisation } from "./verify-organisation";

describeWithDatabase("creating and verifying organisations", (database) => {
  let fixture: OrganisationsFixture;

  beforeAll(async () => {
    fixture = await makeOrganisationsFixture(database.db);
  });

  const makeOrganisation = (name: string, overrides?: OrganisationOverrides) => makeOwnedOrganisation(database.db, fixture, name, overrides);
  const rolesIn = (organisationId: string) => listMemberRoles(database.db, organisationId);

  it("turns names into slugs", () => {
    expect(slugify("Café Bridge & Sons Ltd.")).toBe("cafe-bridge-and-sons-ltd");
    expect(slugify("!!!")).toBe("organisation");
  });

  it("creates an organisation with its owner, and a unique slug for a repeated name", async () => {
    const first = await makeOrganisation("Northbridge Food Bank");
    const second = await makeOrganisation("Northbridge Food Bank");
    expect(first.organisation.slug).toBe("northbridge-food-bank");
    expect(second.organisation.slug).toMatch(/^northbridge-food-bank-[0-9a-f]{6}$/);
    expect(await rolesIn(first.organisation.id)).toEqual({ [first.owner.id]: "owner" });
  });

  it("verifies an organisation once, recording who did it", async () => {
    const { db } = database;
    const { organisation } = await makeOrganisation("Verify Org");
    const moderator = await makeUser(db);
    expect(await verifyOrganisation(db, organisation.id, moderator.id)).toBe(true);
    expect(await verifyOrganisation(db, organisation.id, moderator.id)).toBe(false);
    const [row] = await db.select().from(organisations).where(eq(organisations.id, organisation.id));
    expect(row?.verifiedBy).toBe(moderator.id);
    expect(row?.verifiedAt).toBeInstanceOf(Date);
  });
});
