import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { ballotChoices, ballots, users } from "../../schema";
import { makeProposal, makeWorld } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { castBallot } from "./cast-ballot";

describeWithDatabase("casting a ballot", { maxConnections: 20 }, (database) => {
  it("replaces a person's ballot rather than adding a second", async () => {
    const { db } = database;
    const world = await makeWorld(db);
    const [a, b] = [await makeProposal(db, world, { status: "on_ballot" }), await makeProposal(db, world, { status: "on_ballot" })];
    const first = await db.transaction((tx) => castBallot(tx, { planId: world.plan.id, voterId: world.author.id, proposalIds: [a.id] }));
    const second = await db.transaction((tx) => castBallot(tx, { planId: world.plan.id, voterId: world.author.id, proposalIds: [b.id] }));
    expect(second.id).toBe(first.id);
    expect(second.reference).toBe(first.reference);
    const choices = await db.select({ proposalId: ballotChoices.proposalId }).from(ballotChoices).where(eq(ballotChoices.ballotId, first.id));
    expect(choices).toEqual([{ proposalId: b.id }]);
  });

  it("leaves exactly one ballot per person, equal to one of their submissions, under 200 concurrent casts from 100 people", async () => {
    const { db } = database;
    const world = await makeWorld(db);
    const projects = await Promise.all(Array.from({ length: 4 }, () => makeProposal(db, world, { status: "on_ballot" })));
    const voters = await db
      .insert(users)
      .values(Array.from({ length: 100 }, (_, i) => ({ name: `Voter ${i}`, email: `voter-${world.plan.id}-${i}@example.org` })))
      .returning({ id: users.id });
    const submissions = new Map<string, string[][]>();
    const casts = voters.flatMap((voter, i) => {
      const options = [[projects[i % 4]?.id ?? ""], [projects[(i + 1) % 4]?.id ?? "", projects[(i + 2) % 4]?.id ?? ""]];
      submissions.set(voter.id, options.map((o) => [...o].sort()));
      return options.map((proposalIds) => db.transaction((tx) => castBallot(tx, { planId: world.plan.id, voterId: voter.id, proposalIds })));
    });
    await Promise.all(casts);
    const stored = await db
      .select({ voterId: ballots.voterId, choices: sql<string[]>`array_agg(${ballotChoices.proposalId}::text order by ${ballotChoices.proposalId})` })
      .from(ballots)
      .innerJoin(ballotChoices, eq(ballotChoices.ballotId, ballots.id))
      .where(eq(ballots.planId, world.plan.id))
      .groupBy(ballots.voterId);
    expect(stored).toHaveLength(100);
    for (const row of stored) {
      const options = submissions.get(row.voterId ?? "")?.map((o) => o.join(","));
      expect(options).toContain([...row.choices].sort().join(","));
    }
  });
});
