import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { organisations, outcomes, partners, planVersions, plans, pledges, proposals, strategicPriorities } from "../../schema";
import { makeArea, makeProposal, makeUser, makeWorld } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { assemblePlanDocument } from "./assemble-plan-document";
import { getPlanVersion, listPlanVersions } from "./get-plan-version";
import { listPlanSignatures, signPlanVersion } from "./sign-plan-version";
import { publishPlanVersion } from "./publish-plan-version";

describeWithDatabase("publishing and signing plan versions", (database) => {
  let world: Awaited<ReturnType<typeof makeWorld>>;
  let officer: { id: string };
  let org: { id: string };
  let selectedIds: string[];

  beforeAll(async () => {
    const db = database.db;
    world = await makeWorld(db);
    await db.update(plans).set({ phase: "results" }).where(eq(plans.id, world.plan.id));
    officer = await makeUser(db);
    const deprived = await makeArea(db, world.region.id, { name: "Brackside", imdDecile: 1 });
    const a = await makeProposal(db, world, { title: "Repair café", status: "selected", estimatedCostPence: 300_000 });
    const b = await makeProposal(db, world, { title: "Youth club", status: "selected", areaId: deprived.id, estimatedCostPence: 500_000, finalCostPence: 450_000 });
    await makeProposal(db, world, { title: "Not chosen", status: "not_selected" });
    selectedIds = [a.id, b.id];
    const [business] = await db.insert(organisations).values({ regionId: world.region.id, slug: `holroyd-${database.engine}`, name: "Holroyd Engineering", sector: "business" }).returning();
    if (!business) throw new Error("organisation not created");
    org = business;
    await db.insert(pledges).values([
      { proposalId: b.id, pledgerId: officer.id, organisationId: business.id, kind: "jobs", quantity: 2, unit: "apprenticeships", status: "confirmed" },
      { proposalId: a.id, pledgerId: world.author.id, kind: "volunteer_hours", quantity: 40, unit: "hours", status: "confirmed" },
      { proposalId: a.id, pledgerId: world.author.id, kind: "money", quantity: 5, unit: "pounds", status: "offered" },
    ]);
    await db.insert(partners).values({ proposalId: a.id, organisationId: business.id, role: "Lends the workshop", status: "agreed" });
    await db.insert(strategicPriorities).values({ planId: world.plan.id, title: "Good jobs", position: 1 });
    await db.insert(outcomes).values({ planId: world.plan.id, rule: "mes_add1", utility: "cost", inputsFingerprint: "x", budgetPence: 10_000_000, spentPence: 750_000, voterCount: 120 });
  });

  it("assembles the selected proposals, money by theme and area, commitments by sector and the method", async () => {
    const doc = await assemblePlanDocument(database.db, world.plan.id);
    expect(doc?.proposals.map((p) => p.title).sort()).toEqual(["Repair café", "Youth club"]);
    expect(doc?.totalPence).toBe(750_000);
    expect(doc?.byArea).toEqual([
      { name: "Brackside", imdDecile: 1, count: 1, pence: 450_000 },
      { name: "Test Ward", imdDecile: 3, count: 1, pence: 300_000 },
    ]);
    expect(doc?.byTheme).toEqual([{ name: "Skills and employment", count: 2, pence: 750_000 }]);
    expect(doc?.commitments.map((c) => [c.sector, c.pledges.length, c.partners.length])).toEqual([
      ["resident", 1, 0],
      ["business", 1, 1],
    ]);
    expect(doc?.priorities).toEqual([{ title: "Good jobs", description: "" }]);
    expect(doc?.method).toMatchObject({ rule: "mes_add1", tieBreak: "project id as text, ascending", voterCount: 120 });
  });

  it("publishes versions 1 and 2 without rewriting 1, adopting the selected proposals and the plan", async () => {
    const db = database.db;
    const first = await db.transaction((tx) => publishPlanVersion(tx, { planId: world.plan.id, title: "People's plan", summary: "First.", publishedBy: officer.id }));
    expect(first).toMatchObject({ ok: true, version: 1, phaseChanged: true });
    expect(first.ok && first.adoptedProposalIds.sort()).toEqual([...selectedIds].sort());
    const statuses = await db.select({ status: proposals.status }).from(proposals).where(eq(proposals.planId, world.plan.id));
    expect(statuses.filter((s) => s.status === "adopted")).toHaveLength(2);
    const [plan] = await db.select().from(plans).where(eq(plans.id, world.plan.id));
    expect(plan?.phase).toBe("adopted");
    const before = await getPlanVersion(db, world.plan.id, 1);

    await db.update(proposals).set({ title: "Repair café and tool library" }).where(eq(proposals.id, selectedIds[0] ?? ""));
    const second = await db.transaction((tx) => publishPlanVersion(tx, { planId: world.plan.id, title: "People's plan", summary: "Second.", publishedBy: officer.id }));
    expect(second).toMatchObject({ ok: true, version: 2, adoptedProposalIds: [], phaseChanged: false });
    expect(await getPlanVersion(db, world.plan.id, 1)).toEqual(before);
    expect((await getPlanVersion(db, world.plan.id))?.document.proposals.map((p) => p.title)).toContain("Repair café and tool library");
    expect(before?.document.proposals.map((p) => p.title)).toContain("Repair café");
    expect((await listPlanVersions(db, world.plan.id)).map((v) => v.version)).toEqual([2, 1]);
  });

  it("refuses a duplicate version number through the unique index", async () => {
    await expect(database.db.insert(planVersions).values({ planId: world.plan.id, version: 1, title: "x", summary: "x", content: {} })).rejects.toThrow();
  });

  it("records one signature per organisation per version", async () => {
    const db = database.db;
    const version = await getPlanVersion(db, world.plan.id, 2);
    if (!version) throw new Error("no version");
    expect(await signPlanVersion(db, { planVersionId: version.id, organisationId: org.id, signedBy: officer.id, statement: "We back it." })).toEqual({ ok: true });
    expect(await signPlanVersion(db, { planVersionId: version.id, organisationId: org.id, signedBy: officer.id, statement: "Again." })).toMatchObject({ ok: false });
    expect(await listPlanSignatures(db, version.id)).toMatchObject([{ name: "Holroyd Engineering", sector: "business", statement: "We back it." }]);
  });
});
