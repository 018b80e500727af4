import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePabulib } from "@/lib/pabulib/parse";
import { tallyElection } from "@/lib/pabulib/tally";
import { auditLog, ballotChoices, ballots, outcomeProjects, outcomes, proposals, users } from "../../schema";
import { makeProposal, makeWorld } from "../../testing/factories";
import { createTestDatabase, testEngines, type TestDatabase } from "../../testing/test-database";
import { countAndStoreOutcome } from "./outcomes";
import { exportPlanAsPabulib, importElection } from "./pabulib";
import { castBallot } from "./voting";

const fixture = (name: string) => readFileSync(new URL(`../../../lib/outcome/fixtures/${name}`, import.meta.url), "utf8");

describe.each(testEngines())("ballots and counts (%s)", (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine, { maxConnections: 20 });
  });
  afterAll(async () => {
    await database?.destroy();
  });

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

  it("replays a real election: import, count, export, and the count reproduces", async () => {
    const { db } = database;
    const election = parsePabulib(fixture("Netherlands_Assen_2024.pb"));
    const imported = await importElection(db, election, "Netherlands_Assen_2024.pb");
    expect(imported).toMatchObject({ projects: 14, ballots: 84 });
    const [current] = await db.select().from(outcomes).where(eq(outcomes.planId, imported.planId));
    const selected = await db
      .select({ ref: proposals.externalRef })
      .from(outcomeProjects)
      .innerJoin(proposals, eq(proposals.id, outcomeProjects.proposalId))
      .where(eq(outcomeProjects.outcomeId, current?.id ?? ""));
    expect(selected).toHaveLength(14);
    const chosen = await db.select({ ref: proposals.externalRef }).from(proposals).where(sql`${proposals.planId} = ${imported.planId} and ${proposals.status} = 'selected'`);
    // The file says equalshares/add1: the same winners the research tool (and our CLI) computes.
    expect(chosen.map((c) => c.ref).sort()).toEqual([...tallyElection(election, "mes-add1").selected].sort());

    const again = await db.transaction((tx) => countAndStoreOutcome(tx, imported.planId, null));
    expect(again.reproduced).toBe(true);
    const entries = await db.select().from(auditLog).where(eq(auditLog.entityId, imported.planId));
    expect(entries.filter((e) => e.action === "outcome.compute")).toHaveLength(2);

    const exported = parsePabulib(await exportPlanAsPabulib(db, imported.slug));
    expect(exported.votes).toHaveLength(84);
    expect([...tallyElection(exported, "mes-add1").selected].sort()).toEqual([...tallyElection(election, "mes-add1").selected].sort());
    expect(exported.votes.every((v) => /^\d+$/.test(v.voterId))).toBe(true);
  });
});
