import { expect, it } from "vitest";
import { follows, memberships, organisations, supports } from "../../schema";
import { makeProposal, makeUser, makeWorld } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { getViewerInteractions } from "./get-viewer-interactions";

describeWithDatabase("the viewer's relation to a proposal", (database) => {
  it("tells the page whether the viewer supports and follows, and which organisations they may act for", async () => {
    const db = database.db;
    const world = await makeWorld(db);
    const proposal = await makeProposal(db, world);
    const me = await makeUser(db);
    const orgValues = (name: string) => ({ regionId: world.region.id, slug: `${name.toLowerCase()}-${me.id}`, name, sector: "business" as const });
    const [led, joined] = await db.insert(organisations).values([orgValues("Zephyr Builders"), orgValues("Acorn Bakery")]).returning();
    if (!led || !joined) throw new Error("no organisations");
    await db.insert(memberships).values([
      { organisationId: led.id, userId: me.id, role: "owner" },
      { organisationId: joined.id, userId: me.id, role: "member" },
    ]);
    expect(await getViewerInteractions(db, proposal.id, me.id)).toEqual({ supports: false, follows: false, actingFor: [{ id: led.id, name: "Zephyr Builders" }] });
    await db.insert(supports).values({ proposalId: proposal.id, userId: me.id });
    await db.insert(follows).values({ proposalId: proposal.id, userId: me.id });
    expect(await getViewerInteractions(db, proposal.id, me.id)).toMatchObject({ supports: true, follows: true });
  });
});
