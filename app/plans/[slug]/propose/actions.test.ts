import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, expect, it } from "vitest";
import { memberships, needs, organisations, planThemes, proposals } from "@/db/schema";
import { makeArea, makePlan, makeProposal, makeTheme, makeUser, makeWorld } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, useTestDatabase } from "../../../_server/test-harness";
import { deleteDraftAction, publishProposalAction, saveDraftAction } from "./actions";

// A square ward in Leeds: 53.80–53.81 N, 1.55–1.54 W.
const ward = {
  type: "Polygon" as const,
  coordinates: [[[-1.55, 53.8], [-1.54, 53.8], [-1.54, 53.81], [-1.55, 53.81], [-1.55, 53.8]]],
};

describeWithDatabase("propose actions called directly", { onDatabase: useTestDatabase }, (database) => {
  let world: Awaited<ReturnType<typeof makeWorld>>;
  let area: { id: string };

  beforeAll(async () => {
    world = await makeWorld(database.db);
    area = await makeArea(database.db, world.region.id, { name: "Hyde Park", boundary: ward });
  });
  beforeEach(async () => {
    await actAs(null);
  });

  const idea = (overrides: Record<string, string | string[]> = {}) =>
    form({
      planId: world.plan.id,
      title: "Repair café in the old library",
      summary: "A monthly repair café run by volunteers.",
      body: "We will *fix things* together.",
      themeId: world.theme.id,
      areaId: area.id,
      cost: "£2,400",
      latitude: "53.805",
      longitude: "-1.545",
      "needKind[]": ["premises", "volunteer_hours"],
      "needDescription[]": ["A hall on Saturday mornings", "Four volunteers who can mend bikes"],
      "needId[]": ["", ""],
      ...overrides,
    });

  const proposalRow = async (id: string) => (await database.db.select().from(proposals).where(eq(proposals.id, id)))[0];
  const proposalsBy = async (authorId: string) => database.db.select().from(proposals).where(eq(proposals.authorId, authorId));

  it("saves a half-written idea as a private draft, then keeps saving into the same row", async () => {
    const me = await makeUser(database.db);
    await actAs(me.id);
    const first = await saveDraftAction(null, form({ planId: world.plan.id, title: "Bike", themeId: world.theme.id, areaId: area.id, cost: "about £2k", latitude: "53." }));
    if (!first.ok) throw new Error(first.message);
    const row = await proposalRow(first.data.proposalId);
    expect(row).toMatchObject({ status: "draft", title: "Bike", summary: "", estimatedCostPence: 0, latitude: null, publishedAt: null, authorId: me.id });

    const second = await saveDraftAction(null, idea({ proposalId: first.data.proposalId, title: "Bike repair café" }));
    expect(second).toMatchObject({ ok: true, data: { proposalId: first.data.proposalId } });
    const third = await saveDraftAction(null, idea({ proposalId: first.data.proposalId, title: "Bike repair café", "needKind[]": "jobs", "needDescription[]": "An apprentice mechanic", "needId[]": "" }));
    expect(third.ok).toBe(true);
    expect(await proposalsBy(me.id)).toHaveLength(1);
    expect(await proposalRow(first.data.proposalId)).toMatchObject({ title: "Bike repair café", estimatedCostPence: 240_000, latitude: 53.805, longitude: -1.545, status: "draft", openNeedCount: 1 });
    expect(await database.db.select({ kind: needs.kind }).from(needs).where(eq(needs.proposalId, first.data.proposalId))).toEqual([{ kind: "jobs" }]);
  });

  it("asks for the three things a stored draft cannot lack, field by field", async () => {
    const me = await makeUser(database.db);
    await actAs(me.id);
    const result = await saveDraftAction(null, form({ planId: world.plan.id, summary: "Just started typing" }));
    expect(result).toMatchObject({ ok: false, values: { summary: "Just started typing" } });
    if (result.ok) throw new Error("unreachable");
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["areaId", "themeId", "title"]);
    expect(await proposalsBy(me.id)).toEqual([]);
  });

  it("refuses to propose when the plan is not in its ideas phase", async () => {
    const me = await makeUser(database.db);
    const closed = await makePlan(database.db, world.region.id, { phase: "review" });
    await actAs(me.id);
    for (const action of [saveDraftAction, publishProposalAction]) {
      expect(await action(null, idea({ planId: closed.id }))).toMatchObject({ ok: false, message: "The plan is not in a phase that allows this." });
    }
    expect(await proposalsBy(me.id)).toEqual([]);
  });

  it("refuses to propose for an organisation the person does not belong to, and allows it for one they do", async () => {
    const me = await makeUser(database.db);
    const [theirs, mine] = await database.db
      .insert(organisations)
      .values([
        { regionId: world.region.id, slug: `theirs-${me.id}`, name: "Someone Else's Trust", sector: "community_voluntary" },
        { regionId: world.region.id, slug: `mine-${me.id}`, name: "Hyde Park Tenants", sector: "community_voluntary" },
      ])
      .returning();
    if (!theirs || !mine) throw new Error("no organisations");
    await database.db.insert(memberships).values({ organisationId: mine.id, userId: me.id, role: "member" });
    await actAs(me.id);
    expect(await publishProposalAction(null, idea({ organisationId: theirs.id }))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await saveDraftAction(null, idea({ organisationId: theirs.id }))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await proposalsBy(me.id)).toEqual([]);
    const allowed = await publishProposalAction(null, idea({ organisationId: mine.id }));
    if (!allowed.ok) throw new Error(allowed.message);
    expect(await proposalRow(allowed.data.proposalId)).toMatchObject({ organisationId: mine.id, status: "published" });
  });

  it("will not write into someone else's draft", async () => {
    const owner = await makeUser(database.db);
    const draft = await makeProposal(database.db, { ...world, author: owner }, { status: "draft", publishedAt: null, title: "Owner's words" });
    const intruder = await makeUser(database.db);
    await actAs(intruder.id);
    expect(await saveDraftAction(null, idea({ proposalId: draft.id, title: "Intruder's words" }))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await publishProposalAction(null, idea({ proposalId: draft.id }))).toMatchObject({ ok: false });
    expect(await deleteDraftAction(null, form({ proposalId: draft.id }))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await proposalRow(draft.id)).toMatchObject({ title: "Owner's words", status: "draft" });
  });

  it("refuses a publish that is not complete, keeping what was typed and the saved draft", async () => {
    const me = await makeUser(database.db);
    await actAs(me.id);
    const saved = await saveDraftAction(null, idea({ cost: "" }));
    if (!saved.ok) throw new Error(saved.message);
    const result = await publishProposalAction(null, idea({ proposalId: saved.data.proposalId, cost: "", title: "Cafe" }));
    expect(result).toMatchObject({ ok: false, values: { title: "Cafe", summary: "A monthly repair café run by volunteers." } });
    if (result.ok) throw new Error("unreachable");
    expect(result.fieldErrors).toEqual({ title: ["The title must be at least 5 characters"], cost: ["Enter an estimated cost in pounds, for example £12,400"] });
    expect(await proposalRow(saved.data.proposalId)).toMatchObject({ status: "draft", title: "Repair café in the old library" });
  });

  it("refuses a point outside the neighbourhood next to the map, and publishes one inside", async () => {
    const me = await makeUser(database.db);
    await actAs(me.id);
    const outside = await publishProposalAction(null, idea({ latitude: "53.9", longitude: "-1.545" }));
    expect(outside).toMatchObject({ ok: false, fieldErrors: { point: ["That point is outside Hyde Park. Place it inside the neighbourhood, or clear it."] } });
    expect(await proposalsBy(me.id)).toEqual([]);
    const inside = await publishProposalAction(null, idea());
    if (!inside.ok) throw new Error(inside.message);
    expect(await proposalRow(inside.data.proposalId)).toMatchObject({ latitude: 53.805, longitude: -1.545 });
  });

  it("refuses a neighbourhood or theme from another region", async () => {
    const me = await makeUser(database.db);
    const elsewhere = await makeWorld(database.db);
    await actAs(me.id);
    expect(await publishProposalAction(null, idea({ areaId: elsewhere.area.id, latitude: "", longitude: "" }))).toMatchObject({ ok: false, fieldErrors: { areaId: ["Choose a neighbourhood from the list"] } });
    expect(await saveDraftAction(null, idea({ themeId: elsewhere.theme.id }))).toMatchObject({ ok: false, fieldErrors: { themeId: ["Choose one of this plan's themes"] } });
    expect(await proposalsBy(me.id)).toEqual([]);
  });

  it("only offers the plan's own themes once it has chosen some", async () => {
    const me = await makeUser(database.db);
    const plan = await makePlan(database.db, world.region.id, { phase: "ideas" });
    const chosen = await makeTheme(database.db, world.region.id);
    await database.db.insert(planThemes).values({ planId: plan.id, themeId: chosen.id });
    await actAs(me.id);
    expect(await saveDraftAction(null, idea({ planId: plan.id }))).toMatchObject({ ok: false, fieldErrors: { themeId: ["Choose one of this plan's themes"] } });
    expect(await saveDraftAction(null, idea({ planId: plan.id, themeId: chosen.id }))).toMatchObject({ ok: true });
  });

  it("publishes with its needs in the same transaction and the open-need count right", async () => {
    const me = await makeUser(database.db);
    await actAs(me.id);
    const result = await publishProposalAction(null, idea());
    if (!result.ok) throw new Error(result.message);
    const row = await proposalRow(result.data.proposalId);
    expect(row).toMatchObject({ status: "published", estimatedCostPence: 240_000, openNeedCount: 2, authorId: me.id });
    expect(row?.publishedAt).toBeInstanceOf(Date);
    const saved = await database.db.select({ kind: needs.kind, description: needs.description, status: needs.status }).from(needs).where(eq(needs.proposalId, result.data.proposalId));
    expect(saved.map((n) => n.kind).sort()).toEqual(["premises", "volunteer_hours"]);
    expect(saved.every((n) => n.status === "open")).toBe(true);
    expect(await publishProposalAction(null, idea({ proposalId: result.data.proposalId }))).toMatchObject({ ok: false });
  });

  it("refuses more than ten needs and stores nothing of the proposal", async () => {
    const me = await makeUser(database.db);
    await actAs(me.id);
    const eleven = Array.from({ length: 11 }, () => "money");
    const result = await publishProposalAction(null, idea({ "needKind[]": eleven, "needDescription[]": eleven.map(() => "Match funding"), "needId[]": eleven.map(() => "") }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { needs: ["List at most 10 needs"] } });
    expect(await proposalsBy(me.id)).toEqual([]);
  });

  it("lets the author delete their own draft but not a published proposal", async () => {
    const me = await makeUser(database.db);
    const mine = { ...world, author: me };
    const draft = await makeProposal(database.db, mine, { status: "draft", publishedAt: null });
    const live = await makeProposal(database.db, mine);
    await actAs(me.id);
    expect(await deleteDraftAction(null, form({ proposalId: draft.id }))).toMatchObject({ ok: true });
    expect(await proposalRow(draft.id)).toBeUndefined();
    expect(await deleteDraftAction(null, form({ proposalId: live.id }))).toMatchObject({ ok: false });
    expect(await proposalRow(live.id)).toMatchObject({ status: "published" });
  });
});
