import { beforeAll, expect, it } from "vitest";
import { describePage, parsePage } from "@/lib/shared/pagination";
import { memberships } from "../../schema";
import { makeUser } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { makeOrganisationsFixture, makeOwnedOrganisation, type OrganisationOverrides, type OrganisationsFixture } from "../../testing/organisations-fixture";
import { getOrganisationBySlug } from "./get-organisation";
import { listOrganisations } from "./list-organisations";

describeWithDatabase("the organisation directory and profiles", (database) => {
  let fixture: OrganisationsFixture;

  beforeAll(async () => {
    fixture = await makeOrganisationsFixture(database.db);
  });

  const makeOrganisation = (name: string, overrides?: OrganisationOverrides) => makeOwnedOrganisation(database.db, fixture, name, overrides);

  it("searches, filters and pages the directory with member counts", async () => {
    const { db } = database;
    const { organisation } = await makeOrganisation("Zebra Crossing Trust", { description: "Road safety 100% volunteers", sector: "social_enterprise" });
    await db.insert(memberships).values({ organisationId: organisation.id, userId: (await makeUser(db)).id });
    await makeOrganisation("Zebra Bakery", { sector: "business", areaServedId: fixture.otherAreaId, offers: "Apprenticeships in baking" });

    const found = await listOrganisations(db, { query: "zebra" }, parsePage("1"));
    expect(found.rows.map((r) => [r.name, r.memberCount])).toEqual([
      ["Zebra Bakery", 1],
      ["Zebra Crossing Trust", 2],
    ]);
    expect((await listOrganisations(db, { query: "apprenticeships" }, parsePage("1"))).rows.map((r) => r.name)).toEqual(["Zebra Bakery"]);
    // % and _ are searched for literally.
    expect((await listOrganisations(db, { query: "100%" }, parsePage("1"))).rows.map((r) => r.name)).toEqual(["Zebra Crossing Trust"]);
    expect((await listOrganisations(db, { query: "zebra", sector: "business" }, parsePage("1"))).total).toBe(1);
    expect((await listOrganisations(db, { query: "zebra", areaId: fixture.otherAreaId }, parsePage("1"))).rows[0]?.areaName).toBe("Hilltop");

    const page2 = parsePage("2", 1);
    const second = await listOrganisations(db, { query: "zebra" }, page2);
    expect(second.rows.map((r) => r.name)).toEqual(["Zebra Crossing Trust"]);
    expect(describePage(page2, second.total)).toMatchObject({ pageCount: 2, hasNext: false });
  });

  it("loads a profile with its members, owner first", async () => {
    const { db } = database;
    const { organisation, owner } = await makeOrganisation("Profile Org");
    const member = await makeUser(db, { name: "Aaron Member" });
    const admin = await makeUser(db, { name: "Zoe Admin" });
    await db.insert(memberships).values([
      { organisationId: organisation.id, userId: member.id, role: "member" },
      { organisationId: organisation.id, userId: admin.id, role: "admin" },
    ]);
    const loaded = await getOrganisationBySlug(db, organisation.slug);
    expect(loaded?.areaName).toBe("Riverside");
    expect(loaded?.members.map((m) => [m.name, m.role])).toEqual([
      [owner.name, "owner"],
      ["Zoe Admin", "admin"],
      ["Aaron Member", "member"],
    ]);
    expect(await getOrganisationBySlug(db, "no-such-organisation")).toBeNull();
  });
});
