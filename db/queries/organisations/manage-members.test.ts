import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { PgErrorCode, pgErrorCode } from "../../errors";
import { memberships } from "../../schema";
import { makeUser } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { listMemberRoles, makeOrganisationsFixture, makeOwnedOrganisation, type OrganisationOverrides, type OrganisationsFixture } from "../../testing/organisations-fixture";
import { changeMemberRole, leaveOrganisation, removeMember, transferOwnership } from "./manage-members";

describeWithDatabase("organisation members and ownership", (database) => {
  let fixture: OrganisationsFixture;

  beforeAll(async () => {
    fixture = await makeOrganisationsFixture(database.db);
  });

  const makeOrganisation = (name: string, overrides?: OrganisationOverrides) => makeOwnedOrganisation(database.db, fixture, name, overrides);
  const rolesIn = (organisationId: string) => listMemberRoles(database.db, organisationId);

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
});
