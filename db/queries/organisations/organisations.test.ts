import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describePage, parsePage } from "@/lib/shared/pagination";
import { PgErrorCode, pgErrorCode } from "../../errors";
import { invitations, memberships, organisations } from "../../schema";
import { makeArea, makeRegion, makeUser } from "../../testing/factories";
import { createTestDatabase, testEngines, type TestDatabase } from "../../testing/test-database";
import {
  acceptInvitation,
  changeMemberRole,
  createInvitation,
  createJoinRequest,
  createOrganisation,
  decideJoinRequest,
  getOrganisationBySlug,
  hashToken,
  leaveOrganisation,
  listOrganisations,
  listPendingJoinRequests,
  removeMember,
  slugify,
  transferOwnership,
  verifyOrganisation,
} from "./organisations";

describe.each(testEngines())("organisation queries (%s)", (engine) => {
  let database: TestDatabase;
  let regionId: string;
  let areaId: string;
  let otherAreaId: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const region = await makeRegion(database.db);
    regionId = region.id;
    areaId = (await makeArea(database.db, region.id, { name: "Riverside" })).id;
    otherAreaId = (await makeArea(database.db, region.id, { name: "Hilltop" })).id;
  });
  afterAll(async () => {
    await database?.destroy();
  });

  const profile = { description: "", offers: "", website: null };
  const makeOrganisation = async (name: string, overrides: Partial<Parameters<typeof createOrganisation>[1]> = {}) => {
    const owner = await makeUser(database.db, { name: `${name} Owner` });
    const organisation = await database.db.transaction((tx) =>
      createOrganisation(tx, { name, sector: "community_voluntary", areaServedId: areaId, regionId, ownerId: owner.id, ...profile, ...overrides }),
    );
    return { organisation, owner };
  };
  const rolesIn = async (organisationId: string) =>
    Object.fromEntries(
      (await database.db.select().from(memberships).where(eq(memberships.organisationId, organisationId))).map((m) => [m.userId, m.role]),
    );

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

  it("searches, filters and pages the directory with member counts", async () => {
    const { db } = database;
    const { organisation } = await makeOrganisation("Zebra Crossing Trust", { description: "Road safety 100% volunteers", sector: "social_enterprise" });
    await db.insert(memberships).values({ organisationId: organisation.id, userId: (await makeUser(db)).id });
    await makeOrganisation("Zebra Bakery", { sector: "business", areaServedId: otherAreaId, offers: "Apprenticeships in baking" });

    const found = await listOrganisations(db, { query: "zebra" }, parsePage("1"));
    expect(found.rows.map((r) => [r.name, r.memberCount])).toEqual([
      ["Zebra Bakery", 1],
      ["Zebra Crossing Trust", 2],
    ]);
    expect((await listOrganisations(db, { query: "apprenticeships" }, parsePage("1"))).rows.map((r) => r.name)).toEqual(["Zebra Bakery"]);
    // % and _ are searched for literally.
    expect((await listOrganisations(db, { query: "100%" }, parsePage("1"))).rows.map((r) => r.name)).toEqual(["Zebra Crossing Trust"]);
    expect((await listOrganisations(db, { query: "zebra", sector: "business" }, parsePage("1"))).total).toBe(1);
    expect((await listOrganisations(db, { query: "zebra", areaId: otherAreaId }, parsePage("1"))).rows[0]?.areaName).toBe("Hilltop");

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

  it("stores only a hash of an invitation token, expiring in 14 days, and accepts it once", async () => {
    const { db } = database;
    const { organisation, owner } = await makeOrganisation("Invite Org");
    const invitee = await makeUser(db, { email: "invitee@example.test" });
    const { token, invitation } = await createInvitation(db, { organisationId: organisation.id, email: " Invitee@Example.test ", role: "admin", invitedBy: owner.id });
    expect(invitation.tokenHash).toBe(hashToken(token));
    expect(invitation.tokenHash).not.toContain(token);
    expect(invitation.email).toBe("invitee@example.test");
    const days = (invitation.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);

    const stranger = await makeUser(db);
    expect(await acceptInvitation(db, token, stranger)).toEqual({ ok: false, reason: "wrong_email" });
    expect(await acceptInvitation(db, token, invitee)).toMatchObject({ ok: true, organisation: { slug: organisation.slug } });
    expect(await acceptInvitation(db, token, invitee)).toEqual({ ok: false, reason: "used" });
    expect(await acceptInvitation(db, "not-a-token", invitee)).toEqual({ ok: false, reason: "not_found" });
    expect((await rolesIn(organisation.id))[invitee.id]).toBe("admin");
  });

  it("refuses an expired invitation and replaces a pending one sent again", async () => {
    const { db } = database;
    const { organisation, owner } = await makeOrganisation("Expiry Org");
    const invitee = await makeUser(db, { email: "late@example.test" });
    const first = await createInvitation(db, { organisationId: organisation.id, email: "late@example.test", role: "member", invitedBy: owner.id });
    const second = await createInvitation(db, { organisationId: organisation.id, email: "late@example.test", role: "member", invitedBy: owner.id });
    expect(await acceptInvitation(db, first.token, invitee)).toEqual({ ok: false, reason: "used" });
    await db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, second.invitation.id));
    expect(await acceptInvitation(db, second.token, invitee)).toEqual({ ok: false, reason: "expired" });
    expect(await rolesIn(organisation.id)).toEqual({ [owner.id]: "owner" });
  });

  it("takes one pending join request per person and lets an admin decide it", async () => {
    const { db } = database;
    const { organisation, owner } = await makeOrganisation("Join Org");
    const asker = await makeUser(db, { name: "Asha Asker" });
    const other = await makeUser(db);
    expect(await createJoinRequest(db, { organisationId: organisation.id, userId: asker.id, message: "Hello" })).toBe(true);
    expect(await createJoinRequest(db, { organisationId: organisation.id, userId: asker.id, message: "Again" })).toBe(false);
    expect(await createJoinRequest(db, { organisationId: organisation.id, userId: other.id, message: "" })).toBe(true);
    const pending = await listPendingJoinRequests(db, organisation.id);
    expect(pending.map((r) => r.name)).toContain("Asha Asker");
    const askerRequest = pending.find((r) => r.userId === asker.id);
    const otherRequest = pending.find((r) => r.userId === other.id);
    if (!askerRequest || !otherRequest) throw new Error("requests missing");

    const { organisation: elsewhere } = await makeOrganisation("Elsewhere Org");
    expect(await decideJoinRequest(db, { organisationId: elsewhere.id, requestId: askerRequest.id, approve: true, decidedBy: owner.id })).toBeNull();
    expect(await decideJoinRequest(db, { organisationId: organisation.id, requestId: askerRequest.id, approve: true, decidedBy: owner.id })).toEqual({ userId: asker.id });
    expect(await decideJoinRequest(db, { organisationId: organisation.id, requestId: askerRequest.id, approve: false, decidedBy: owner.id })).toBeNull();
    await decideJoinRequest(db, { organisationId: organisation.id, requestId: otherRequest.id, approve: false, decidedBy: owner.id });
    expect(await rolesIn(organisation.id)).toEqual({ [owner.id]: "owner", [asker.id]: "member" });
  });

  it("never changes or removes the owner, and an owner cannot leave", async () => {
    const { db } = database;
    const { organisation, owner } = await makeOrganisation("Owner Org");
    const member = await makeUser(db);
    await db.insert(memberships).values({ organisationId: organisation.id, userId: member.id });
    expect(await changeMemberRole(db, organisation.id, owner.id, "member")).toBe("owner");
    expect(await removeMember(db, organisation.id, owner.id)).toBe("owner");
    expect(await leaveOrganisation(db, organisation.id, owner.id)).toBe("owner");
    expect(await changeMemberRole(db, organisation.id, member.id, "admin")).toBe("done");
    expect(await changeMemberRole(db, organisation.id, (await makeUser(db)).id, "admin")).toBe("not_member");
    expect(await leaveOrganisation(db, organisation.id, member.id)).toBe("done");
    expect(await rolesIn(organisation.id)).toEqual({ [owner.id]: "owner" });
  });

  it("transfers ownership to a member, leaving exactly one owner", async () => {
    const { db } = database;
    const { organisation, owner } = await makeOrganisation("Transfer Org");
    const heir = await makeUser(db);
    const outsider = await makeUser(db);
    await db.insert(memberships).values({ organisationId: organisation.id, userId: heir.id });
    expect(await db.transaction((tx) => transferOwnership(tx, organisation.id, outsider.id))).toBe("not_member");
    expect(await db.transaction((tx) => transferOwnership(tx, organisation.id, heir.id))).toBe("done");
    expect(await rolesIn(organisation.id)).toEqual({ [owner.id]: "admin", [heir.id]: "owner" });
    // The partial unique index is the last line of defence against a second owner.
    let code: string | undefined;
    try {
      await db.update(memberships).set({ role: "owner" }).where(and(eq(memberships.organisationId, organisation.id), eq(memberships.userId, owner.id)));
    } catch (error) {
      code = pgErrorCode(error);
    }
    expect(code).toBe(PgErrorCode.uniqueViolation);
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
