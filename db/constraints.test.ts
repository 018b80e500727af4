import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { PgErrorCode, pgErrorCode } from "./errors";
import { auditLog, ballots, memberships, organisations, proposals, supports } from "./schema";
import { makeArea, makeProposal, makeUser, makeWorld } from "./testing/factories";
import { describeWithDatabase } from "./testing/describe-with-database";

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return pgErrorCode(error);
  }
  return undefined;
}

describeWithDatabase("domain invariants held by the database", (database) => {
  it("refuses a second ballot for the same person and plan", async () => {
    const { db } = database;
    const world = await makeWorld(db);
    const voter = await makeUser(db);
    await db.insert(ballots).values({ planId: world.plan.id, voterId: voter.id, reference: "PP-AAAA-1111" });
    const code = await codeOf(
      db.insert(ballots).values({ planId: world.plan.id, voterId: voter.id, reference: "PP-AAAA-2222" }),
    );
    expect(code).toBe(PgErrorCode.uniqueViolation);
    const rows = await db.select().from(ballots).where(eq(ballots.planId, world.plan.id));
    expect(rows).toHaveLength(1);
  });

  it("accepts many paper ballots for a plan, which have no voter", async () => {
    const { db } = database;
    const world = await makeWorld(db);
    const officer = await makeUser(db);
    await db.insert(ballots).values([
      { planId: world.plan.id, source: "paper", enteredBy: officer.id, reference: "PP-PAPER-1" },
      { planId: world.plan.id, source: "paper", enteredBy: officer.id, reference: "PP-PAPER-2" },
    ]);
    const code = await codeOf(
      db.insert(ballots).values({ planId: world.plan.id, source: "online", reference: "PP-NOVOTER" }),
    );
    expect(code).toBe(PgErrorCode.checkViolation);
  });

  it("refuses a negative cost", async () => {
    const { db } = database;
    const world = await makeWorld(db);
    expect(await codeOf(makeProposal(db, world, { estimatedCostPence: -1 }))).toBe(PgErrorCode.checkViolation);
    const saved = await db.select().from(proposals).where(eq(proposals.planId, world.plan.id));
    expect(saved).toHaveLength(0);
  });

  it("refuses an IMD decile of 11 or 0, and accepts 1 and 10", async () => {
    const { db } = database;
    const world = await makeWorld(db);
    expect(await codeOf(makeArea(db, world.region.id, { imdDecile: 11 }))).toBe(PgErrorCode.checkViolation);
    expect(await codeOf(makeArea(db, world.region.id, { imdDecile: 0 }))).toBe(PgErrorCode.checkViolation);
    await expect(makeArea(db, world.region.id, { imdDecile: 1 })).resolves.toMatchObject({ imdDecile: 1 });
    await expect(makeArea(db, world.region.id, { imdDecile: 10 })).resolves.toMatchObject({ imdDecile: 10 });
  });

  it("refuses a second support from the same person for the same proposal", async () => {
    const { db } = database;
    const world = await makeWorld(db);
    const proposal = await makeProposal(db, world);
    const supporter = await makeUser(db);
    await db.insert(supports).values({ proposalId: proposal.id, userId: supporter.id });
    expect(await codeOf(db.insert(supports).values({ proposalId: proposal.id, userId: supporter.id }))).toBe(
      PgErrorCode.uniqueViolation,
    );
  });

  it("refuses a second membership of the same organisation, and a second owner", async () => {
    const { db } = database;
    const world = await makeWorld(db);
    const [org] = await db
      .insert(organisations)
      .values({ regionId: world.region.id, slug: `org-${world.plan.id}`, name: "Eastgate Tenants", sector: "community_voluntary" })
      .returning();
    if (!org) throw new Error("no org");
    const other = await makeUser(db);
    await db.insert(memberships).values({ organisationId: org.id, userId: world.author.id, role: "owner" });
    expect(
      await codeOf(db.insert(memberships).values({ organisationId: org.id, userId: world.author.id, role: "member" })),
    ).toBe(PgErrorCode.uniqueViolation);
    expect(
      await codeOf(db.insert(memberships).values({ organisationId: org.id, userId: other.id, role: "owner" })),
    ).toBe(PgErrorCode.uniqueViolation);
  });

  it("indexes proposals for full-text search in English", async () => {
    const { db } = database;
    const world = await makeWorld(db);
    await makeProposal(db, world, { title: "Apprenticeships at the bus depot", summary: "Training young mechanics." });
    const found = await db
      .select({ title: proposals.title })
      .from(proposals)
      .where(sql`${proposals.planId} = ${world.plan.id} and ${proposals.search} @@ websearch_to_tsquery('english', 'apprenticeship')`);
    expect(found.map((row) => row.title)).toEqual(["Apprenticeships at the bus depot"]);
  });
});

describeWithDatabase("the audit log", (database) => {
  it("accepts new entries but refuses to change or delete any", async () => {
    const { db } = database;
    const actor = await makeUser(db);
    const [entry] = await db.insert(auditLog).values({ actorId: actor.id, action: "plan.update", entityType: "plan", reason: "Fixed a typo" }).returning();
    expect(entry?.seq).toBeGreaterThan(0);
    expect(await codeOf(db.update(auditLog).set({ reason: "Nothing happened" }).where(eq(auditLog.seq, entry?.seq ?? 0)))).toBe("42501");
    expect(await codeOf(db.delete(auditLog).where(eq(auditLog.seq, entry?.seq ?? 0)))).toBe("42501");
    const [still] = await db.select().from(auditLog).where(eq(auditLog.seq, entry?.seq ?? 0));
    expect(still?.reason).toBe("Fixed a typo");
  });
});
