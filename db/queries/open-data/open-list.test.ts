import { beforeAll, expect, it } from "vitest";
import { deliveryIndicators, deliveryUpdates, organisations, outcomeProjects, outcomes, pledges } from "../../schema";
import { makePlan, makeProposal, makeUser, makeWorld } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { createTestDatabase } from "../../testing/test-database";
import { findOpenPlan, openPlans } from "./list-open-plans";
import { openDeliveryUpdates } from "./list-open-delivery-updates";
import { openPledges } from "./list-open-pledges";
import { openProposals } from "./list-open-proposals";
import { openResults } from "./list-open-results";
import { readPage } from "./open-list";

describeWithDatabase("open data queries", (database) => {
  let world: Awaited<ReturnType<typeof makeWorld>>;
  let visible: Awaited<ReturnType<typeof makeProposal>>[];
  let hiddenId: string;
  let queries = 0;

  beforeAll(async () => {
    const { db } = database;
    world = await makeWorld(db);
    visible = [];
    for (let i = 0; i < 7; i++) visible.push(await makeProposal(db, world, { title: `Visible ${i}`, publishedAt: new Date(Date.UTC(2026, 1, 1 + i)) }));
    await makeProposal(db, world, { title: "Draft", status: "draft", publishedAt: null });
    hiddenId = (await makeProposal(db, world, { title: "Hidden", status: "hidden" })).id;
    const pledger = await makeUser(db);
    const [org] = await db.insert(organisations).values({ regionId: world.region.id, slug: `org-open-${world.plan.id}`, name: "Harbour Trust", sector: "public_body" }).returning();
    const first = visible[0];
    if (!first || !org) throw new Error("seed failed");
    await db.insert(pledges).values([
      { proposalId: first.id, pledgerId: pledger.id, kind: "skills", quantity: 3, unit: "days" },
      { proposalId: first.id, pledgerId: pledger.id, organisationId: org.id, kind: "money", quantity: 500, unit: "pounds" },
      { proposalId: hiddenId, pledgerId: pledger.id, kind: "money", quantity: 5, unit: "pounds" },
    ]);
    const [outcome] = await db
      .insert(outcomes)
      .values({ planId: world.plan.id, rule: "greedy", utility: "cost", inputsFingerprint: "f", budgetPence: 1_000_000, spentPence: 250_000, voterCount: 3 })
      .returning();
    if (!outcome) throw new Error("seed failed");
    await db.insert(outcomeProjects).values([
      { outcomeId: outcome.id, proposalId: first.id, votes: 3, costPence: 250_000, selected: true, explanation: "Most votes" },
      { outcomeId: outcome.id, proposalId: hiddenId, votes: 9, costPence: 250_000, selected: true, explanation: "hidden" },
    ]);
    const updates = await db
      .insert(deliveryUpdates)
      .values([
        { proposalId: first.id, body: "Started", happenedOn: new Date("2026-03-01T00:00:00Z") },
        { proposalId: first.id, body: "Finished", milestone: "Done", happenedOn: new Date("2026-04-01T00:00:00Z") },
        { proposalId: hiddenId, body: "hidden" },
      ])
      .returning();
    const finished = updates.find((u) => u.body === "Finished");
    if (!finished) throw new Error("seed failed");
    await db.insert(deliveryIndicators).values([
      { updateId: finished.id, kind: "jobs_created", value: 2 },
      { updateId: finished.id, kind: "volunteer_hours", value: 120.5 },
    ]);
  });

  it("finds published plans only", async () => {
    const { db } = database;
    const draft = await makePlan(db, world.region.id, { phase: "draft" });
    expect(await findOpenPlan(db, world.plan.slug)).toEqual({ id: world.plan.id, slug: world.plan.slug });
    expect(await findOpenPlan(db, draft.slug)).toBeNull();
    const { rows, total } = await readPage(openPlans, db, null, { limit: 100, offset: 0 });
    expect(rows.map((p) => p.slug)).toContain(world.plan.slug);
    expect(rows.map((p) => p.slug)).not.toContain(draft.slug);
    expect(total).toBe(rows.length);
  });

  it("pages public proposals in a stable order with the total, never drafts or hidden ones", async () => {
    const { db } = database;
    const seen: string[] = [];
    for (let offset = 0; offset < 10; offset += 3) {
      const { rows, total } = await readPage(openProposals, db, world.plan.id, { limit: 3, offset });
      expect(total).toBe(7);
      seen.push(...rows.map((r) => r.id));
    }
    expect(seen).toEqual(visible.map((p) => p.id));
    const [row] = await openProposals.rows(db, world.plan.id, { limit: 1, offset: 0 });
    expect(row).toMatchObject({ title: "Visible 0", theme: "Skills and employment", neighbourhoodName: "Test Ward", imdDecile: 3, organisationName: null });
    expect(Object.keys(row ?? {})).not.toContain("authorId");
  });

  it("names pledgers only as organisations or 'resident', and skips pledges to hidden proposals", async () => {
    const { rows, total } = await readPage(openPledges, database.db, world.plan.id, { limit: 10, offset: 0 });
    expect(total).toBe(2);
    expect(rows.map((p) => [p.kind, p.pledgerSector, p.organisationName]).sort()).toEqual([
      ["money", "public_body", "Harbour Trust"],
      ["skills", "resident", null],
    ]);
  });

  it("reads the current count's projects and delivery updates with their indicators", async () => {
    const results = await readPage(openResults, database.db, world.plan.id, { limit: 10, offset: 0 });
    expect(results).toMatchObject({ total: 1, rows: [{ proposalId: visible[0]?.id, votes: 3, selected: true, reason: "Most votes", rule: "greedy" }] });
    const delivery = await readPage(openDeliveryUpdates, database.db, world.plan.id, { limit: 10, offset: 0 });
    expect(delivery.total).toBe(2);
    expect(delivery.rows.map((u) => [u.body, u.indicators])).toEqual([
      ["Finished", { jobs_created: 2, volunteer_hours: 120.5 }],
      ["Started", null],
    ]);
  });

  it("serves a page in two queries however many rows it holds", async () => {
    const counting = await createTestDatabase(database.engine, { onQuery: () => queries++ });
    try {
      const w = await makeWorld(counting.db);
      for (let i = 0; i < 5; i++) await makeProposal(counting.db, w);
      queries = 0;
      await readPage(openDeliveryUpdates, counting.db, w.plan.id, { limit: 100, offset: 0 });
      await readPage(openProposals, counting.db, w.plan.id, { limit: 100, offset: 0 });
      expect(queries).toBe(4);
    } finally {
      await counting.destroy();
    }
  });
});
