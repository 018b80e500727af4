import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog, planPhases, plans, ringFences, staffRoles, strategicPriorities } from "@/db/schema";
import { makeArea, makeUser, makeWorld } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, RedirectSignal, useTestDatabase } from "../../../../_server/test-harness";
import { createPlanAction } from "../../../new/actions";
import { updatePlanAction } from "./actions";

async function redirectOf(promise: Promise<unknown>): Promise<string> {
  try {
    const result = await promise;
    throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
  } catch (error) {
    if (error instanceof RedirectSignal) return error.url;
    throw error;
  }
}

describeWithDatabase("plan administration, called directly", { onDatabase: useTestDatabase }, (database) => {
  let world: Awaited<ReturnType<typeof makeWorld>>;
  let officer: { id: string };
  let admin: { id: string };
  let resident: { id: string };
  let deprived: { id: string };

  const fields = (overrides: Record<string, string | string[]> = {}) => ({
    title: "Hilltop People's Plan",
    slug: "hilltop-2027",
    summary: "How Hilltop spends £200,000.",
    periodLabel: "2027",
    "phaseStart.ideas": "2027-01-10T09:00",
    "phaseEnd.ideas": "2027-03-01T17:00",
    budget: "200000",
    ballotMethod: "approval",
    approvalLimit: "4",
    outcomeRule: "mes_add1",
    utility: "cost",
    supportThreshold: "10",
    "themeIds[]": [world.theme.id],
    "ringFenceLabel[]": ["Most deprived", "Hilltop estate"],
    "ringFenceKind[]": ["deprived_areas", "listed_areas"],
    "ringFenceAmount[]": ["20000", "5000"],
    "ringFenceDecile[]": ["2", ""],
    "ringFenceAreas.1[]": [deprived.id],
    "priorityId[]": [""],
    "priorityTitle[]": ["Good local jobs"],
    "priorityDescription[]": [""],
    "rateUnit.volunteer_hours": "hour",
    "rateAmount.volunteer_hours": "15",
    ...overrides,
  });

  beforeAll(async () => {
    const db = database.db;
    world = await makeWorld(db);
    deprived = await makeArea(db, world.region.id, { name: "Hilltop", imdDecile: 1 });
    officer = await makeUser(db, { name: "Olu Officer" });
    admin = await makeUser(db, { name: "Ada Admin" });
    resident = await makeUser(db, { name: "Rita Resident" });
    await db.insert(staffRoles).values([
      { userId: officer.id, role: "moderator" },
      { userId: admin.id, role: "admin" },
    ]);
  });

  const planRow = async (slug: string) => (await database.db.select().from(plans).where(eq(plans.slug, slug)))[0];
  const auditCount = async () => (await database.db.select().from(auditLog)).length;

  it("refuses a resident's direct create and edit, writing nothing", async () => {
    const before = await auditCount();
    await actAs(resident.id);
    expect(await createPlanAction(null, form({ ...fields(), regionId: world.region.id }))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await updatePlanAction(null, form({ ...fields({ slug: world.plan.slug, summary: "Taken over" }), planId: world.plan.id }))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await planRow("hilltop-2027")).toBeUndefined();
    expect((await planRow(world.plan.slug))?.summary).toBe("");
    expect(await auditCount()).toBe(before);
    await actAs(null);
    expect(await createPlanAction(null, form({ ...fields(), regionId: world.region.id }))).toMatchObject({ ok: false, message: "Please sign in first." });
  });

  it("lets an officer create a plan with its rules, lists and dates, and audits it", async () => {
    await actAs(officer.id);
    expect(await redirectOf(createPlanAction(null, form({ ...fields(), regionId: world.region.id })))).toBe("/plans/hilltop-2027/manage/settings?created=1");
    const plan = await planRow("hilltop-2027");
    expect(plan).toMatchObject({ phase: "draft", budgetPence: 20_000_000, approvalLimit: 4, supportThreshold: 10, rulesFrozenAt: null });
    const fences = await database.db.select().from(ringFences).where(eq(ringFences.planId, plan?.id ?? ""));
    expect(fences.map((f) => [f.label, f.amountPence, f.maxImdDecile])).toEqual([
      ["Most deprived", 2_000_000, 2],
      ["Hilltop estate", 500_000, null],
    ]);
    expect(await database.db.select().from(planPhases).where(eq(planPhases.planId, plan?.id ?? ""))).toHaveLength(1);
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, plan?.id ?? ""));
    expect(entry).toMatchObject({ actorId: officer.id, action: "plan.create" });
  });

  it("refuses a taken web address, and themes or areas of another region, keeping what was typed", async () => {
    await actAs(officer.id);
    const taken = await createPlanAction(null, form({ ...fields({ title: "Second try" }), regionId: world.region.id }));
    expect(taken).toMatchObject({ ok: false, fieldErrors: { slug: [expect.stringMatching(/already uses/)] }, values: { title: "Second try" } });
    const other = await makeWorld(database.db);
    const foreign = await createPlanAction(null, form({ ...fields({ slug: "elsewhere", "themeIds[]": [other.theme.id] }), regionId: world.region.id }));
    expect(foreign).toMatchObject({ ok: false, fieldErrors: { themeIds: [expect.any(String)] } });
    expect(await planRow("elsewhere")).toBeUndefined();
  });

  it("changes counting rules before voting opens and records before and after", async () => {
    await actAs(officer.id);
    const plan = await planRow("hilltop-2027");
    const saved = await updatePlanAction(null, form({ ...fields({ budget: "250000" }), planId: plan?.id ?? "" }));
    expect(saved).toMatchObject({ ok: true });
    expect((await planRow("hilltop-2027"))?.budgetPence).toBe(25_000_000);
    const entries = await database.db.select().from(auditLog).where(eq(auditLog.action, "plan.update_rules"));
    expect(entries.at(-1)?.details).toMatchObject({ ruleChanges: [{ rule: "budget", before: 20_000_000, after: 25_000_000 }] });
  });

  it("once voting opens, refuses a counting-rule change even from an admin, and still saves a summary", async () => {
    const plan = await planRow("hilltop-2027");
    const planId = plan?.id ?? "";
    await database.db.update(plans).set({ phase: "voting", rulesFrozenAt: new Date() }).where(eq(plans.id, planId));
    const before = await auditCount();
    await actAs(admin.id);
    const budget = await updatePlanAction(null, form({ ...fields({ budget: "300000", summary: "Sneaky" }), planId }));
    expect(budget).toMatchObject({ ok: false, message: "Voting has opened, so the budget can no longer change.", fieldErrors: { budget: [expect.any(String)] } });
    const fence = await updatePlanAction(null, form({ ...fields({ budget: "250000", "ringFenceAmount[]": ["1", "5000"] }), planId }));
    expect(fence).toMatchObject({ ok: false, message: "Voting has opened, so the ring-fences can no longer change." });
    const method = await updatePlanAction(null, form({ ...fields({ budget: "250000", ballotMethod: "knapsack", requiresVerifiedVoters: "on" }), planId }));
    expect(method).toMatchObject({ ok: false });
    const after = await planRow("hilltop-2027");
    expect(after).toMatchObject({ budgetPence: 25_000_000, ballotMethod: "approval", requiresVerifiedVoters: false, summary: "How Hilltop spends £200,000." });
    expect(await auditCount()).toBe(before);

    // The same rules resent unchanged, or left out as the frozen form does, save the rest.
    expect(await updatePlanAction(null, form({ ...fields({ budget: "250000", summary: "Now voting: have your say." }), planId }))).toMatchObject({ ok: true });
    const { budget: _b, ballotMethod: _m, approvalLimit: _a, outcomeRule: _o, utility: _u, ...rest } = fields({ summary: "Voting closes 30 April.", "priorityTitle[]": ["Good local jobs", "Greener streets"], "priorityId[]": ["", ""], "priorityDescription[]": ["", ""] });
    const settingsOnly = Object.fromEntries(Object.entries(rest).filter(([key]) => !key.startsWith("ringFence")));
    await actAs(officer.id);
    expect(await updatePlanAction(null, form({ ...settingsOnly, planId }))).toMatchObject({ ok: true });
    expect((await planRow("hilltop-2027"))?.summary).toBe("Voting closes 30 April.");
    expect(await database.db.select().from(strategicPriorities).where(eq(strategicPriorities.planId, planId))).toHaveLength(2);
    expect((await database.db.select().from(ringFences).where(eq(ringFences.planId, planId))).map((f) => f.amountPence)).toEqual([2_000_000, 500_000]);
  });

  it("keeps a priority's id when it is edited, so assessments that point at it survive", async () => {
    await actAs(officer.id);
    const plan = await planRow("hilltop-2027");
    const planId = plan?.id ?? "";
    const existing = await database.db.select().from(strategicPriorities).where(eq(strategicPriorities.planId, planId));
    const ids = existing.map((p) => p.id);
    const { budget: _b, ballotMethod: _m, approvalLimit: _a, outcomeRule: _o, utility: _u, ...rest } = fields({ "priorityId[]": ids, "priorityTitle[]": ["Good local jobs, paid fairly", ""], "priorityDescription[]": ["", ""] });
    const settingsOnly = Object.fromEntries(Object.entries(rest).filter(([key]) => !key.startsWith("ringFence")));
    expect(await updatePlanAction(null, form({ ...settingsOnly, planId }))).toMatchObject({ ok: true });
    const after = await database.db.select().from(strategicPriorities).where(eq(strategicPriorities.planId, planId));
    expect(after.map((p) => [p.id, p.title])).toEqual([[ids[0], "Good local jobs, paid fairly"]]);
  });

  it("turns on advancing automatically, in any phase, and records it", async () => {
    await actAs(officer.id);
    const plan = await planRow("hilltop-2027");
    expect(plan?.autoAdvance).toBe(false);
    const { budget: _b, ballotMethod: _m, approvalLimit: _a, outcomeRule: _o, utility: _u, ...rest } = fields({ autoAdvance: "on" });
    const settingsOnly = Object.fromEntries(Object.entries(rest).filter(([key]) => !key.startsWith("ringFence")));
    expect(await updatePlanAction(null, form({ ...settingsOnly, planId: plan?.id ?? "" }))).toMatchObject({ ok: true });
    expect((await planRow("hilltop-2027"))?.autoAdvance).toBe(true);
    const entries = await database.db.select().from(auditLog).where(eq(auditLog.action, "plan.update"));
    expect(entries.at(-1)).toMatchObject({ actorId: officer.id, entityId: plan?.id, details: { autoAdvance: true } });
  });

  it("sends the officer to the new address when the web address changes", async () => {
    await actAs(officer.id);
    const plan = await planRow("hilltop-2027");
    const { budget: _b, ballotMethod: _m, approvalLimit: _a, outcomeRule: _o, utility: _u, ...rest } = fields({ slug: "hilltop-plan" });
    const settingsOnly = Object.fromEntries(Object.entries(rest).filter(([key]) => !key.startsWith("ringFence")));
    expect(await redirectOf(updatePlanAction(null, form({ ...settingsOnly, planId: plan?.id ?? "" })))).toBe("/plans/hilltop-plan/manage/settings");
    expect((await planRow("hilltop-plan"))?.id).toBe(plan?.id);
  });
});
