import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { getPlanVersion } from "@/db/queries/adoption/get-plan-version";
import { auditLog, memberships, notifications, organisations, planSignatures, planVersions, plans, proposals, staffRoles } from "@/db/schema";
import { makeProposal, makeUser, makeWorld } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, useTestDatabase } from "../../../_server/test-harness";
import { publishPlanVersionAction, signPlanAction } from "./actions";

const summary = "The projects residents chose, with what every sector committed.";

describeWithDatabase("adopting the plan, called directly", { onDatabase: useTestDatabase }, (database) => {
  let world: Awaited<ReturnType<typeof makeWorld>>;
  let proposal: { id: string };
  let reviewer: { id: string };
  let resident: { id: string };
  let orgAdmin: { id: string };
  let orgMember: { id: string };
  let org: { id: string };

  beforeAll(async () => {
    const db = database.db;
    world = await makeWorld(db);
    await db.update(plans).set({ phase: "results" }).where(eq(plans.id, world.plan.id));
    proposal = await makeProposal(db, world, { title: "Community pantry", status: "selected" });
    reviewer = await makeUser(db, { name: "Rhiannon Reviewer" });
    await db.insert(staffRoles).values({ userId: reviewer.id, role: "reviewer" });
    resident = await makeUser(db, { name: "Rita Resident" });
    orgAdmin = await makeUser(db, { name: "Olu Admin" });
    orgMember = await makeUser(db, { name: "Mo Member" });
    const [created] = await db.insert(organisations).values({ regionId: world.region.id, slug: `brackside-trust-${database.engine}`, name: "Brackside Trust", sector: "community_voluntary" }).returning();
    if (!created) throw new Error("organisation not created");
    org = created;
    await db.insert(memberships).values([
      { organisationId: org.id, userId: orgAdmin.id, role: "admin" },
      { organisationId: org.id, userId: orgMember.id, role: "member" },
    ]);
  });

  it("refuses a resident's direct call, writing nothing", async () => {
    await actAs(resident.id);
    expect(await publishPlanVersionAction(null, form({ planId: world.plan.id, title: "People's plan", summary }))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    const db = database.db;
    expect(await db.select().from(planVersions)).toEqual([]);
    const [row] = await db.select().from(proposals).where(eq(proposals.id, proposal.id));
    expect(row?.status).toBe("selected");
    const [plan] = await db.select().from(plans).where(eq(plans.id, world.plan.id));
    expect(plan?.phase).toBe("results");
  });

  it("publishes version 1 then 2, leaving version 1's content unchanged", async () => {
    const db = database.db;
    await actAs(reviewer.id);
    expect(await publishPlanVersionAction(null, form({ planId: world.plan.id, title: "People's plan", summary }))).toMatchObject({ ok: true, data: { version: 1 } });
    const first = await getPlanVersion(db, world.plan.id, 1);
    const [row] = await db.select().from(proposals).where(eq(proposals.id, proposal.id));
    expect(row?.status).toBe("adopted");
    const told = await db.select().from(notifications).where(eq(notifications.proposalId, proposal.id));
    expect(told.map((n) => n.userId)).toEqual([world.author.id]);

    await db.update(proposals).set({ title: "Community pantry and café" }).where(eq(proposals.id, proposal.id));
    expect(await publishPlanVersionAction(null, form({ planId: world.plan.id, title: "People's plan (revised)", summary }))).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await getPlanVersion(db, world.plan.id, 1)).toEqual(first);
    expect(first?.document.proposals.map((p) => p.title)).toEqual(["Community pantry"]);
    expect((await getPlanVersion(db, world.plan.id))?.document.proposals.map((p) => p.title)).toEqual(["Community pantry and café"]);
    expect(await db.select().from(auditLog).where(eq(auditLog.action, "plan.adopt"))).toHaveLength(2);
  });

  it("lets an organisation's admin sign once, and refuses a member", async () => {
    const db = database.db;
    const latest = await getPlanVersion(db, world.plan.id);
    if (!latest) throw new Error("no version");
    await actAs(orgMember.id);
    expect(await signPlanAction(null, form({ planVersionId: latest.id, organisationId: org.id, statement: "We back it." }))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await db.select().from(planSignatures)).toEqual([]);

    await actAs(orgAdmin.id);
    expect(await signPlanAction(null, form({ planVersionId: latest.id, organisationId: org.id, statement: "We back it." }))).toMatchObject({ ok: true });
    expect(await signPlanAction(null, form({ planVersionId: latest.id, organisationId: org.id, statement: "Twice?" }))).toMatchObject({ ok: false, message: "This organisation has already signed this version of the plan." });
    expect(await db.select().from(planSignatures)).toMatchObject([{ organisationId: org.id, signedBy: orgAdmin.id, statement: "We back it." }]);
  });
});
