import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { plans, proposals } from "../../schema";
import { makeProposal, makeUser, makeWorld } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { guardPublishedProposal } from "./guard-published-proposal";
import { listModerationQueue } from "./list-moderation-queue";

describeWithDatabase("the guard on publishing a proposal", (database) => {

  const statusOf = async (id: string) =>
    (await database.db.select({ status: proposals.status, before: proposals.statusBeforeHidden, reason: proposals.hiddenReason }).from(proposals).where(eq(proposals.id, id)))[0];

  it("leaves a proposal published in a plan without pre-moderation", async () => {
    const world = await makeWorld(database.db);
    const proposal = await makeProposal(database.db, world);
    expect(await guardPublishedProposal(database.db, { id: proposal.id, authorId: world.author.id }, [])).toEqual({ outcome: "published" });
    expect(await statusOf(proposal.id)).toEqual({ status: "published", before: null, reason: null });
  });

  it("holds a new proposal for approval when its plan pre-moderates, and lists it in the queue", async () => {
    const world = await makeWorld(database.db);
    await database.db.update(plans).set({ preModeration: true }).where(eq(plans.id, world.plan.id));
    const proposal = await makeProposal(database.db, world);
    expect(await guardPublishedProposal(database.db, { id: proposal.id, authorId: world.author.id }, [])).toEqual({ outcome: "held", reason: "Awaiting moderation" });
    expect(await statusOf(proposal.id)).toEqual({ status: "hidden", before: "published", reason: "Awaiting moderation" });
    expect((await listModerationQueue(database.db)).waitingProposals.map((p) => p.id)).toContain(proposal.id);
  });

  it("holds a proposal whose words trip the word list", async () => {
    const world = await makeWorld(database.db);
    const proposal = await makeProposal(database.db, world, { summary: "Best casino bonus in town" });
    expect(await guardPublishedProposal(database.db, { id: proposal.id, authorId: world.author.id }, ["casino"])).toMatchObject({ outcome: "held" });
    expect(await statusOf(proposal.id)).toMatchObject({ status: "hidden", reason: "Held for review: it contains words on the moderation list" });
  });

  it("refuses a sixth publication in a day by the same person", async () => {
    const world = await makeWorld(database.db);
    const author = await makeUser(database.db);
    const now = new Date("2026-05-01T12:00:00Z");
    const outcomes = [];
    for (let n = 0; n < 6; n++) {
      const proposal = await makeProposal(database.db, world, { authorId: author.id });
      outcomes.push((await guardPublishedProposal(database.db, { id: proposal.id, authorId: author.id }, [], now)).outcome);
    }
    expect(outcomes).toEqual(["published", "published", "published", "published", "published", "rate_limited"]);
  });
});
