import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, expect, it } from "vitest";
import { createOrganisation } from "@/db/queries/organisations/create-organisation";
import { auditLog, invitations, joinRequests, memberships, organisations, outboxEmails, staffRoles } from "@/db/schema";
import { makeArea, makeRegion, makeUser } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, RedirectSignal, useTestDatabase } from "../_server/test-harness";
import {
  changeMemberRoleAction,
  decideJoinRequestAction,
  inviteMemberAction,
  removeMemberAction,
  revokeInvitationAction,
  transferOwnershipAction,
} from "./[slug]/manage/actions";
import { acceptInvitationAction, createOrganisationAction, leaveOrganisationAction, requestToJoinAction, updateOrganisationAction, verifyOrganisationAction } from "./actions";

async function redirectOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RedirectSignal) return error.url;
    throw error;
  }
  throw new Error("expected a redirect");
}

describeWithDatabase("organisation actions called directly, as the wrong person", (database) => {
  let areaId: string;
  let organisationId: string;
  const people = {} as Record<"owner" | "admin" | "member" | "resident" | "moderator", { id: string; email: string | null }>;

  beforeAll(async () => {
    const { db } = database;
    useTestDatabase(db);
    const region = await makeRegion(db);
    areaId = (await makeArea(db, region.id, { name: "Riverside" })).id;
    for (const key of ["owner", "admin", "member", "resident", "moderator"] as const) {
      people[key] = await makeUser(db, { name: `${key[0]?.toUpperCase()}${key.slice(1)} Person` });
    }
    await db.insert(staffRoles).values({ userId: people.moderator.id, role: "moderator" });
    const organisation = await db.transaction((tx) =>
      createOrganisation(tx, { name: "Riverside Tenants", sector: "community_voluntary", description: "Original", offers: "", areaServedId: areaId, website: null, regionId: region.id, ownerId: people.owner.id }),
    );
    organisationId = organisation.id;
    await db.insert(memberships).values([
      { organisationId, userId: people.admin.id, role: "admin" },
      { organisationId, userId: people.member.id, role: "member" },
    ]);
  });
  beforeEach(async () => {
    await actAs(null);
  });

  const roles = async () =>
    Object.fromEntries((await database.db.select().from(memberships).where(eq(memberships.organisationId, organisationId))).map((m) => [m.userId, m.role]));
  const snapshot = async () => {
    const { db } = database;
    const [organisation] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
    return {
      organisation,
      roles: await roles(),
      invitations: await db.select().from(invitations).where(eq(invitations.organisationId, organisationId)),
      outbox: await db.$count(outboxEmails),
      audit: await db.$count(auditLog),
    };
  };
  const refusedAll = async (attempts: Promise<{ ok: boolean }>[]) => {
    for (const result of await Promise.all(attempts)) expect(result).toMatchObject({ ok: false, message: "You do not have permission to do this." });
  };

  const adminAttempts = (target: string) => [
    updateOrganisationAction(null, form({ organisationId, name: "Taken over", sector: "business" })),
    inviteMemberAction(null, form({ organisationId, email: "friend@example.test", role: "admin" })),
    changeMemberRoleAction(null, form({ organisationId, userId: target, role: "admin" })),
    removeMemberAction(null, form({ organisationId, userId: target })),
    transferOwnershipAction(null, form({ organisationId, userId: target })),
  ];

  it("refuses a resident who is not a member, and writes nothing", async () => {
    const before = await snapshot();
    await actAs(people.resident.id);
    await refusedAll([...adminAttempts(people.member.id), verifyOrganisationAction(null, form({ organisationId })), leaveOrganisationAction(null, form({ organisationId }))]);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a plain member every admin action", async () => {
    const [request] = await database.db.insert(joinRequests).values({ organisationId, userId: people.resident.id }).returning();
    if (!request) throw new Error("no request");
    const before = await snapshot();
    await actAs(people.member.id);
    await refusedAll([
      ...adminAttempts(people.member.id),
      decideJoinRequestAction(null, form({ organisationId, requestId: request.id, decision: "approve" })),
      verifyOrganisationAction(null, form({ organisationId })),
    ]);
    expect(await snapshot()).toEqual(before);
    const [still] = await database.db.select().from(joinRequests).where(eq(joinRequests.id, request.id));
    expect(still?.status).toBe("pending");
    await database.db.delete(joinRequests).where(eq(joinRequests.id, request.id));
  });

  it("stops an admin demoting, removing or replacing the owner", async () => {
    const before = await snapshot();
    await actAs(people.admin.id);
    expect(await changeMemberRoleAction(null, form({ organisationId, userId: people.owner.id, role: "member" }))).toMatchObject({ ok: false, message: expect.stringContaining("owner") });
    expect(await removeMemberAction(null, form({ organisationId, userId: people.owner.id }))).toMatchObject({ ok: false, message: expect.stringContaining("owner") });
    await refusedAll([transferOwnershipAction(null, form({ organisationId, userId: people.admin.id }))]);
    expect(await snapshot()).toEqual(before);
  });

  it("stops an owner leaving without handing over ownership", async () => {
    await actAs(people.owner.id);
    expect(await leaveOrganisationAction(null, form({ organisationId }))).toMatchObject({ ok: false, message: expect.stringContaining("Transfer ownership") });
    expect((await roles())[people.owner.id]).toBe("owner");
  });

  it("refuses a signed-out visitor", async () => {
    expect(await requestToJoinAction(null, form({ organisationId }))).toMatchObject({ ok: false, message: "Please sign in first." });
  });

  it("lets a moderator verify, writing the audit log in the same transaction", async () => {
    await actAs(people.moderator.id);
    expect(await verifyOrganisationAction(null, form({ organisationId }))).toMatchObject({ ok: true });
    expect(await verifyOrganisationAction(null, form({ organisationId }))).toMatchObject({ ok: false, message: "This organisation is already verified." });
    const [organisation] = await database.db.select().from(organisations).where(eq(organisations.id, organisationId));
    expect(organisation?.verifiedBy).toBe(people.moderator.id);
    const entries = await database.db.select().from(auditLog).where(eq(auditLog.entityId, organisationId));
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([["organisation.verify", people.moderator.id]]);
  });

  it("answers bad input field by field and keeps what was typed", async () => {
    await actAs(people.resident.id);
    const typed = { name: "", sector: "pirates", description: "We help.", areaServedId: "somewhere", website: "not a web address" };
    const result = await createOrganisationAction(null, form(typed));
    expect(result).toMatchObject({ ok: false, values: typed });
    if (result.ok) throw new Error("unreachable");
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["areaServedId", "name", "sector", "website"]);
  });

  it("creates, invites, accepts once, refuses the wrong person, and transfers ownership", async () => {
    const { db } = database;
    const founder = await makeUser(db, { name: "Fatima Founder" });
    const invitee = await makeUser(db, { name: "Ian Invitee", email: "ian@example.test" });
    await actAs(founder.id);
    const url = await redirectOf(createOrganisationAction(null, form({ name: "Hilltop Repair Café", sector: "social_enterprise", description: "Fixing things", offers: "Volunteers", areaServedId: areaId, website: "hilltop.example.org" })));
    expect(url).toBe("/organisations/hilltop-repair-cafe");
    const [created] = await db.select().from(organisations).where(eq(organisations.slug, "hilltop-repair-cafe"));
    if (!created) throw new Error("not created");
    expect(created.website).toBe("https://hilltop.example.org");

    await actAs(founder.id);
    expect(await inviteMemberAction(null, form({ organisationId: created.id, email: "Ian@Example.test", role: "member" }))).toMatchObject({ ok: true, message: "Invitation sent to ian@example.test." });
    const [mail] = await db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, "ian@example.test"));
    const token = mail?.textBody.match(/\/invitations\/([\w-]+)/)?.[1];
    if (!token) throw new Error("no invitation link in the email");

    await actAs(people.resident.id);
    expect(await acceptInvitationAction(null, form({ token }))).toMatchObject({ ok: false, message: expect.stringContaining("different email address") });
    await actAs(invitee.id);
    expect(await redirectOf(acceptInvitationAction(null, form({ token })))).toBe("/organisations/hilltop-repair-cafe");
    expect(await acceptInvitationAction(null, form({ token }))).toMatchObject({ ok: false, message: expect.stringContaining("already been used") });

    await actAs(founder.id);
    expect(await transferOwnershipAction(null, form({ organisationId: created.id, userId: people.resident.id }))).toMatchObject({ ok: false, fieldErrors: { userId: [expect.any(String)] } });
    expect(await transferOwnershipAction(null, form({ organisationId: created.id, userId: invitee.id }))).toMatchObject({ ok: true });
    const after = await db.select().from(memberships).where(eq(memberships.organisationId, created.id));
    expect(Object.fromEntries(after.map((m) => [m.userId, m.role]))).toEqual({ [founder.id]: "admin", [invitee.id]: "owner" });
  });

  it("lets an admin approve a join request and revoke an invitation", async () => {
    const { db } = database;
    const joiner = await makeUser(db, { name: "Jane Doe" });
    await actAs(joiner.id);
    expect(await requestToJoinAction(null, form({ organisationId, message: "I live here" }))).toMatchObject({ ok: true });
    expect(await requestToJoinAction(null, form({ organisationId }))).toMatchObject({ ok: false, message: expect.stringContaining("already asked") });
    const [request] = await db.select().from(joinRequests).where(eq(joinRequests.userId, joiner.id));
    if (!request) throw new Error("no request");

    await actAs(people.admin.id);
    expect(await decideJoinRequestAction(null, form({ organisationId, requestId: request.id, decision: "approve" }))).toMatchObject({ ok: true });
    expect((await roles())[joiner.id]).toBe("member");
    expect(await inviteMemberAction(null, form({ organisationId, email: "later@example.test", role: "admin" }))).toMatchObject({ ok: true });
    const [invitation] = await db.select().from(invitations).where(eq(invitations.email, "later@example.test"));
    if (!invitation) throw new Error("no invitation");
    expect(await revokeInvitationAction(null, form({ organisationId, invitationId: invitation.id }))).toMatchObject({ ok: true });
    expect(await revokeInvitationAction(null, form({ organisationId, invitationId: invitation.id }))).toMatchObject({ ok: false });
  });
});
