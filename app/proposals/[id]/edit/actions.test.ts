import { eq } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { memberships, needs, organisations, plans, pledges, proposals } from "@/db/schema";
import { makeArea, makeProposal, makeUser, makeWorld } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, useTestDatabase } from "../../../_server/test-harness";
import { updateProposalAction, withdrawProposalAction } from "./actions";

const ward = {
  type: "Polygon" as const,
  coordinates: [[[-1.55, 53.8], [-1.54, 53.8], [-1.54, 53.81], [-1.55, 53.81], [-1.55, 53.8]]],
};

describeWithDatabase("edit and withdraw actions called directly", { onDatabase: useTestDatabase }, (database) => {
  beforeEach(async () => {
    await actAs(null);
  });

  async function setting(phase: "ideas" | "review" | "voting" = "ideas") {
    const world = await makeWorld(database.db);
    await database.db.update(plans).set({ phase }).where(eq(plans.id, world.plan.id));
    const area = await makeArea(database.db, world.region.id, { name: "Hyde Park", boundary: ward });
    const proposal = await makeProposal(database.db, { ...world, area });
    return { world, area, proposal };
  }

  const edit = (s: Awaited<ReturnType<typeof setting>>, overrides: Record<string, string | string[]> = {}) =>
    form({
      proposalId: s.proposal.id,
      title: "Repair café, now fortnightly",
      summary: "A fortnightly repair café run by volunteers.",
      body: "",
      themeId: s.world.theme.id,
      areaId: s.area.id,
      cost: "3000",
      latitude: "",
      longitude: "",
      ...overrides,
    });

  const row = async (id: string) => (await database.db.select().from(proposals).where(eq(proposals.id, id)))[0];

  it("refuses to edit someone else's proposal at the action", async () => {
    const s = await setting();
    const stranger = await makeUser(database.db);
    await actAs(stranger.id);
    expect(await updateProposalAction(null, edit(s))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await row(s.proposal.id)).toMatchObject({ title: "Repair café in the old library", estimatedCostPence: 250_000 });
  });

  it("refuses to withdraw someone else's proposal at the action", async () => {
    const s = await setting();
    const stranger = await makeUser(database.db);
    await actAs(stranger.id);
    expect(await withdrawProposalAction(null, form({ proposalId: s.proposal.id, confirm: "withdraw" }))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect((await row(s.proposal.id))?.status).toBe("published");
  });

  it("lets the author edit during the ideas phase, checking every field as when publishing", async () => {
    const s = await setting();
    await actAs(s.world.author.id);
    expect(await updateProposalAction(null, edit(s, { cost: "" }))).toMatchObject({ ok: false, fieldErrors: { cost: ["Enter an estimated cost in pounds, for example £12,400"] } });
    expect(await updateProposalAction(null, edit(s, { latitude: "53.7", longitude: "-1.545" }))).toMatchObject({ ok: false, fieldErrors: { point: [expect.stringMatching(/outside Hyde Park/)] } });
    expect(await updateProposalAction(null, edit(s, { latitude: "53.805", longitude: "-1.545" }))).toMatchObject({ ok: true });
    expect(await row(s.proposal.id)).toMatchObject({ title: "Repair café, now fortnightly", estimatedCostPence: 300_000, status: "published", latitude: 53.805 });
  });

  it("refuses the author's edit once the plan has left its ideas phase", async () => {
    const s = await setting("review");
    await actAs(s.world.author.id);
    expect(await updateProposalAction(null, edit(s))).toMatchObject({ ok: false, message: "The plan is not in a phase that allows this." });
  });

  it("refuses to edit a withdrawn proposal", async () => {
    const s = await setting();
    await database.db.update(proposals).set({ status: "withdrawn" }).where(eq(proposals.id, s.proposal.id));
    await actAs(s.world.author.id);
    expect(await updateProposalAction(null, edit(s))).toMatchObject({ ok: false, message: "This proposal can no longer be edited." });
  });

  it("keeps, adds and drops needs, closing a dropped need a pledge already answers", async () => {
    const s = await setting();
    const [kept, answered, unanswered] = await database.db
      .insert(needs)
      .values([
        { proposalId: s.proposal.id, kind: "premises", description: "A hall" },
        { proposalId: s.proposal.id, kind: "jobs", description: "An apprentice" },
        { proposalId: s.proposal.id, kind: "money", description: "Match funding" },
      ])
      .returning();
    if (!kept || !answered || !unanswered) throw new Error("needs not made");
    const pledger = await makeUser(database.db);
    await database.db.insert(pledges).values({ proposalId: s.proposal.id, pledgerId: pledger.id, needId: answered.id, kind: "jobs", quantity: 1, unit: "apprenticeship" });
    await actAs(s.world.author.id);
    const result = await updateProposalAction(
      null,
      edit(s, { "needId[]": [kept.id, ""], "needKind[]": ["premises", "volunteer_hours"], "needDescription[]": ["A hall on Saturdays", "Six volunteers"] }),
    );
    expect(result).toMatchObject({ ok: true });
    const after = await database.db.select({ id: needs.id, description: needs.description, status: needs.status }).from(needs).where(eq(needs.proposalId, s.proposal.id));
    expect(after.find((n) => n.id === kept.id)).toMatchObject({ description: "A hall on Saturdays", status: "open" });
    expect(after.find((n) => n.id === answered.id)).toMatchObject({ status: "closed" });
    expect(after.find((n) => n.id === unanswered.id)).toBeUndefined();
    expect(after.filter((n) => n.status === "open")).toHaveLength(2);
    expect((await row(s.proposal.id))?.openNeedCount).toBe(2);
  });

  it("refuses a need that belongs to another proposal", async () => {
    const s = await setting();
    const other = await makeProposal(database.db, s.world);
    const [foreign] = await database.db.insert(needs).values({ proposalId: other.id, kind: "money", description: "Not yours" }).returning();
    await actAs(s.world.author.id);
    const result = await updateProposalAction(null, edit(s, { "needId[]": foreign?.id ?? "", "needKind[]": "money", "needDescription[]": "Taken over" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { needs: ["One of the needs listed is not part of this proposal."] } });
    expect((await database.db.select().from(needs).where(eq(needs.proposalId, other.id)))[0]?.description).toBe("Not yours");
  });

  it("lets someone who has left an organisation still edit its proposal, but not move it to one they are not in", async () => {
    const s = await setting();
    const [left, stranger] = await database.db
      .insert(organisations)
      .values([
        { regionId: s.world.region.id, slug: `left-${s.proposal.id}`, name: "Old Group", sector: "community_voluntary" },
        { regionId: s.world.region.id, slug: `other-${s.proposal.id}`, name: "Other Group", sector: "business" },
      ])
      .returning();
    if (!left || !stranger) throw new Error("organisations not made");
    await database.db.update(proposals).set({ organisationId: left.id }).where(eq(proposals.id, s.proposal.id));
    await actAs(s.world.author.id);
    expect(await updateProposalAction(null, edit(s, { organisationId: left.id }))).toMatchObject({ ok: true });
    expect(await updateProposalAction(null, edit(s, { organisationId: stranger.id }))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    await database.db.insert(memberships).values({ organisationId: stranger.id, userId: s.world.author.id });
    await actAs(s.world.author.id);
    expect(await updateProposalAction(null, edit(s, { organisationId: stranger.id }))).toMatchObject({ ok: true });
  });

  it("lets the author withdraw in any phase, once, and never a hidden proposal or a draft", async () => {
    const s = await setting("voting");
    await actAs(s.world.author.id);
    expect(await withdrawProposalAction(null, form({ proposalId: s.proposal.id }))).toMatchObject({ ok: false, fieldErrors: { confirm: [expect.any(String)] } });
    expect(await withdrawProposalAction(null, form({ proposalId: s.proposal.id, confirm: "withdraw" }))).toMatchObject({ ok: true });
    expect((await row(s.proposal.id))?.status).toBe("withdrawn");
    expect(await withdrawProposalAction(null, form({ proposalId: s.proposal.id, confirm: "withdraw" }))).toMatchObject({ ok: false, message: "This proposal has already been withdrawn." });

    const hidden = await makeProposal(database.db, { ...s.world, area: s.area }, { status: "hidden", hiddenReason: "Personal details" });
    expect(await withdrawProposalAction(null, form({ proposalId: hidden.id, confirm: "withdraw" }))).toMatchObject({ ok: false, message: expect.stringMatching(/moderator has hidden/) });
    expect((await row(hidden.id))?.status).toBe("hidden");

    const draft = await makeProposal(database.db, { ...s.world, area: s.area }, { status: "draft", publishedAt: null });
    expect(await withdrawProposalAction(null, form({ proposalId: draft.id, confirm: "withdraw" }))).toMatchObject({ ok: false, message: expect.stringMatching(/still a draft/) });
  });
});
