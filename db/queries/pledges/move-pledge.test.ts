import { expect, it } from "vitest";
import { pledges } from "../../schema";
import { makeProposal, makeWorld } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { getPledgeOnProposal } from "./get-pledge";
import { movePledge } from "./move-pledge";

describeWithDatabase("moving a pledge on", (database) => {
  it("moves a pledge only from an allowed status and only on its own proposal", async () => {
    const db = database.db;
    const world = await makeWorld(db);
    const [proposal, other] = [await makeProposal(db, world), await makeProposal(db, world)];
    const [pledge] = await db.insert(pledges).values({ proposalId: proposal.id, pledgerId: world.author.id, kind: "money", quantity: 50, unit: "£" }).returning();
    if (!pledge) throw new Error("no pledge");
    expect(await movePledge(db, { pledgeId: pledge.id, proposalId: other.id, to: "confirmed" })).toBeNull();
    expect(await getPledgeOnProposal(db, pledge.id, other.id)).toBeNull();
    expect(await movePledge(db, { pledgeId: pledge.id, proposalId: proposal.id, to: "delivered" })).toBeNull();
    expect(await movePledge(db, { pledgeId: pledge.id, proposalId: proposal.id, to: "confirmed" })).toEqual({ id: pledge.id, needId: null });
    expect(await getPledgeOnProposal(db, pledge.id, proposal.id)).toMatchObject({ status: "confirmed", proposalAuthorId: world.author.id, pledgerName: "Test Person" });
  });
});
