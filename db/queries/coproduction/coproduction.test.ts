import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { follows, memberships, needs, organisations, pledges, supports } from "../../schema";
import { makeProposal, makeUser, makeWorld } from "../../testing/factories";
import { createTestDatabase, testEngines, type TestDatabase } from "../../testing/test-database";
import { getPledgeOnProposal, getViewerInteractions, movePledge, refreshNeedStatus } from "./coproduction";

describe.each(testEngines())("co-production queries (%s)", (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.destroy();
  });

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

  it("meets a need from its confirmed pledges, reopens it, and never reopens a closed one", async () => {
    const db = database.db;
    const world = await makeWorld(db);
    const proposal = await makeProposal(db, world);
    const [open, closed] = await db
      .insert(needs)
      .values([
        { proposalId: proposal.id, kind: "premises", description: "A hall on Tuesdays" },
        { proposalId: proposal.id, kind: "premises", description: "Storage", status: "closed" },
      ])
      .returning();
    if (!open || !closed) throw new Error("no needs");
    const statusOf = async (id: string) => (await db.select({ status: needs.status }).from(needs).where(eq(needs.id, id)))[0]?.status;
    const [pledge] = await db
      .insert(pledges)
      .values([
        { proposalId: proposal.id, pledgerId: world.author.id, needId: open.id, kind: "premises", quantity: 10, unit: "session", status: "confirmed" },
        { proposalId: proposal.id, pledgerId: world.author.id, needId: closed.id, kind: "premises", quantity: 1, unit: "session", status: "confirmed" },
      ])
      .returning();
    await refreshNeedStatus(db, open.id);
    await refreshNeedStatus(db, closed.id);
    expect([await statusOf(open.id), await statusOf(closed.id)]).toEqual(["met", "closed"]);
    await db.update(pledges).set({ status: "withdrawn" }).where(eq(pledges.id, pledge?.id ?? ""));
    await refreshNeedStatus(db, open.id);
    expect(await statusOf(open.id)).toBe("open");
  });

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
