import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { invitations } from "../../schema";
import { makeUser } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { listMemberRoles, makeOrganisationsFixture, makeOwnedOrganisation, type OrganisationOverrides, type OrganisationsFixture } from "../../testing/organisations-fixture";
import { acceptInvitation } from "./accept-invitation";
import { createInvitation, hashToken } from "./invite-member";

describeWithDatabase("organisation invitations", (database) => {
  let fixture: OrganisationsFixture;

  beforeAll(async () => {
    fixture = await makeOrganisationsFixture(database.db);
  });

  const makeOrganisation = (name: string, overrides?: OrganisationOverrides) => makeOwnedOrganisation(database.db, fixture, name, overrides);
  const rolesIn = (organisationId: string) => listMemberRoles(database.db, organisationId);

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
});
