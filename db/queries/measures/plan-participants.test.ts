import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { ballots, comments, planParticipants, pledges, proposals, supports } from "../../schema";
import { makeProposal, makeUser, makeWorld } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";

// The database keeps plan_participants itself (migration 0009); these tests write the rows the
// app writes and read the ledger back.
describeWithDatabase("the plan participants ledger", (database) => {
  let world: Awaited<ReturnType<typeof makeWorld>>;
  beforeAll(async () => {
    world = await makeWorld(database.db);
  });

  const takingPart = async (userId: string) =>
    (await database.db.select().from(planParticipants).where(and(eq(planParticipants.planId, world.plan.id), eq(planParticipants.userId, userId)))).length === 1;

  it("adds an author when a proposal is published, not while it is a draft", async () => {
    const author = await makeUser(database.db);
    const draft = await makeProposal(database.db, world, { authorId: author.id, status: "draft", publishedAt: null });
    expect(await takingPart(author.id)).toBe(false);
    await database.db.update(proposals).set({ status: "published", publishedAt: new Date() }).where(eq(proposals.id, draft.id));
    expect(await takingPart(author.id)).toBe(true);
  });

  it("adds commenters, supporters, pledgers and online voters once each, but not paper ballots", async () => {
    const proposal = await makeProposal(database.db, world);
    const [commenter, supporter, pledger, voter, enterer] = await Promise.all([1, 2, 3, 4, 5].map(() => makeUser(database.db)));
    if (!commenter || !supporter || !pledger || !voter || !enterer) throw new Error("no people");
    await database.db.insert(comments).values([
      { proposalId: proposal.id, authorId: commenter.id, stance: "support", body: "Yes" },
      { proposalId: proposal.id, authorId: commenter.id, stance: "idea", body: "And again" },
    ]);
    await database.db.insert(supports).values({ proposalId: proposal.id, userId: supporter.id });
    await database.db.insert(pledges).values({ proposalId: proposal.id, pledgerId: pledger.id, kind: "volunteer_hours", quantity: 2, unit: "hour" });
    await database.db.insert(ballots).values([
      { planId: world.plan.id, voterId: voter.id, reference: `on-${voter.id}` },
      { planId: world.plan.id, voterId: null, source: "paper", enteredBy: enterer.id, reference: `pa-${voter.id}` },
    ]);
    for (const person of [commenter, supporter, pledger, voter]) expect(await takingPart(person.id)).toBe(true);
    expect(await takingPart(enterer.id)).toBe(false);
    const commenterRows = await database.db.select().from(planParticipants).where(eq(planParticipants.userId, commenter.id));
    expect(commenterRows).toHaveLength(1);
  });

  it("keeps someone who took part after they withdraw their support", async () => {
    const proposal = await makeProposal(database.db, world);
    const person = await makeUser(database.db);
    await database.db.insert(supports).values({ proposalId: proposal.id, userId: person.id });
    await database.db.delete(supports).where(and(eq(supports.proposalId, proposal.id), eq(supports.userId, person.id)));
    expect(await takingPart(person.id)).toBe(true);
  });

  it("writes nothing when the writing transaction rolls back", async () => {
    const proposal = await makeProposal(database.db, world);
    const person = await makeUser(database.db);
    await expect(
      database.db.transaction(async (tx) => {
        await tx.insert(supports).values({ proposalId: proposal.id, userId: person.id });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await takingPart(person.id)).toBe(false);
  });
});
