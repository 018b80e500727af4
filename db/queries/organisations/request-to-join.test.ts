import { beforeAll, expect, it } from "vitest";
import { makeUser } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { listMemberRoles, makeOrganisationsFixture, makeOwnedOrganisation, type OrganisationOverrides, type OrganisationsFixture } from "../../testing/organisations-fixture";
import { createJoinRequest, decideJoinRequest, listPendingJoinRequests } from "./request-to-join";

describeWithDatabase("requests to join an organisation", (database) => {
  let fixture: OrganisationsFixture;

  beforeAll(async () => {
    fixture = await makeOrganisationsFixture(database.db);
  });

  const makeOrganisation = (name: string, overrides?: OrganisationOverrides) => makeOwnedOrganisation(database.db, fixture, name, overrides);
  const rolesIn = (organisationId: string) => listMemberRoles(database.db, organisationId);

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
});
