import { eq } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { follows, needs, plans, pledges, proposals } from "@/db/schema";
import { makeProposal, makeUser } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, useTestDatabase } from "../../_server/test-harness";
import { confirmPledgeAction, createPledgeAction, declinePledgeAction, markPledgeDeliveredAction, withdrawPledgeAction } from "./actions-pledges";
import { countersOf, makeCoproductionWorld, notificationsFor, pledgesOn, type CoproductionWorld } from "./actions-test-world";

describeWithDatabase("pledge actions called directly, without the UI", { onDatabase: useTestDatabase }, (database) => {
  let w: CoproductionWorld;

  beforeEach(async () => {
    w = await makeCoproductionWorld(database.db);
    await actAs(null);
  });

  const pledge = (fields: Record<string, string> = {}) =>
    createPledgeAction(null, form({ proposalId: w.proposal.id, kind: "jobs", quantity: "2", unit: "placement", description: "", organisationId: "", needId: "", ...fields }));
  const step = (action: typeof confirmPledgeAction, pledgeId: string, proposalId = w.proposal.id) => action(null, form({ proposalId, pledgeId }));
  const onlyPledge = async () => {
    const [row, ...rest] = await pledgesOn(database.db, w.proposal.id);
    if (!row || rest.length > 0) throw new Error("expected exactly one pledge");
    return row;
  };
  const needStatus = async () => (await database.db.select({ status: needs.status }).from(needs).where(eq(needs.id, w.need.id)))[0]?.status;

  it("records a resident's pledge, values it on the ledger, tells followers and makes the pledger a follower", async () => {
    await actAs(w.resident.id);
    expect(await pledge({ kind: "volunteer_hours", quantity: "10", unit: "hour", description: "Saturday mornings" })).toMatchObject({ ok: true });
    expect(await onlyPledge()).toMatchObject({ pledgerId: w.resident.id, organisationId: null, kind: "volunteer_hours", quantity: 10, status: "offered" });
    expect(await countersOf(database.db, w.proposal.id)).toMatchObject({ pledgedPence: 15_000 });
    expect(await notificationsFor(database.db, w.follower.id, w.proposal.id)).toEqual([
      { kind: "pledge.offered", title: "Rita Resident pledged 10 hours to “Repair café in the old library”" },
    ]);
    expect(await notificationsFor(database.db, w.author.id, w.proposal.id)).toHaveLength(1);
    expect(await notificationsFor(database.db, w.resident.id, w.proposal.id)).toEqual([]);
    expect(await database.db.select().from(follows).where(eq(follows.userId, w.resident.id))).toHaveLength(1);
  });

  it("refuses a pledge for an organisation from someone outside it, and from a plain member", async () => {
    await actAs(w.resident.id);
    expect(await pledge({ organisationId: w.business.id })).toMatchObject({ ok: false, fieldErrors: { organisationId: [expect.stringContaining("admins")] } });
    await actAs(w.orgMember.id);
    expect(await pledge({ organisationId: w.business.id })).toMatchObject({ ok: false, values: { organisationId: w.business.id, quantity: "2" } });
    expect(await pledgesOn(database.db, w.proposal.id)).toEqual([]);
    expect(await countersOf(database.db, w.proposal.id)).toMatchObject({ pledgedPence: 0 });
  });

  it("lets the author confirm an organisation's pledge that answers a need, meeting the need until it is withdrawn", async () => {
    await actAs(w.orgAdmin.id);
    expect(await pledge({ organisationId: w.business.id, needId: w.need.id })).toMatchObject({ ok: true });
    const offered = await onlyPledge();
    expect(offered).toMatchObject({ organisationId: w.business.id, needId: w.need.id });
    expect(await needStatus()).toBe("open");

    await actAs(w.author.id);
    expect(await step(confirmPledgeAction, offered.id)).toMatchObject({ ok: true });
    expect(await onlyPledge()).toMatchObject({ status: "confirmed", confirmedAt: expect.any(Date) });
    expect(await needStatus()).toBe("met");
    expect(await countersOf(database.db, w.proposal.id)).toMatchObject({ openNeeds: 0, pledgedPence: 600_000 });
    expect((await notificationsFor(database.db, w.orgAdmin.id, w.proposal.id)).map((n) => n.title)).toEqual([
      "The proposer of “Repair café in the old library” confirmed Holroyd & Daughters' pledge of 2 placements",
    ]);

    // Another admin of the business withdraws it: the need is open again and the value leaves the ledger.
    await actAs(w.otherAdmin.id);
    expect(await step(withdrawPledgeAction, offered.id)).toMatchObject({ ok: true });
    expect(await needStatus()).toBe("open");
    expect(await countersOf(database.db, w.proposal.id)).toMatchObject({ openNeeds: 1, pledgedPence: 0 });
  });

  it("refuses confirmation by anyone but the proposal's author, including the pledger themselves", async () => {
    await actAs(w.resident.id);
    await pledge();
    const offered = await onlyPledge();
    for (const who of [w.resident.id, w.follower.id, w.orgAdmin.id]) {
      await actAs(who);
      expect(await step(confirmPledgeAction, offered.id)).toMatchObject({ ok: false, message: "You do not have permission to do this." });
      expect(await step(declinePledgeAction, offered.id)).toMatchObject({ ok: false });
    }
    expect(await onlyPledge()).toMatchObject({ status: "offered", confirmedAt: null });
  });

  it("does not let the author of another proposal confirm this one's pledge by naming their own proposal", async () => {
    const mine = await makeUser(database.db, { name: "Other Author" });
    const other = await makeProposal(database.db, w, { authorId: mine.id });
    await actAs(w.resident.id);
    await pledge();
    const offered = await onlyPledge();
    await actAs(mine.id);
    expect(await step(confirmPledgeAction, offered.id, other.id)).toMatchObject({ ok: false, message: "That pledge was not found on this proposal." });
    expect(await onlyPledge()).toMatchObject({ status: "offered" });
  });

  it("refuses withdrawal after delivery, and delivery before confirmation", async () => {
    await actAs(w.resident.id);
    await pledge({ kind: "volunteer_hours", quantity: "4", unit: "hour" });
    const offered = await onlyPledge();
    expect(await step(markPledgeDeliveredAction, offered.id)).toMatchObject({
      ok: false,
      message: "The proposer has not confirmed this pledge yet, so it cannot be marked delivered.",
    });
    await actAs(w.author.id);
    await step(confirmPledgeAction, offered.id);
    await actAs(w.resident.id);
    expect(await step(markPledgeDeliveredAction, offered.id)).toMatchObject({ ok: true });
    for (const who of [w.resident.id, w.author.id]) {
      await actAs(who);
      expect(await step(withdrawPledgeAction, offered.id)).toMatchObject({
        ok: false,
        message: "This pledge has already been delivered, so it can no longer be withdrawn.",
      });
    }
    expect(await onlyPledge()).toMatchObject({ status: "delivered", withdrawnAt: null, deliveredAt: expect.any(Date) });
  });

  it("lets only the pledger or the organisation's admins mark a pledge delivered", async () => {
    await actAs(w.orgAdmin.id);
    await pledge({ organisationId: w.business.id });
    const offered = await onlyPledge();
    await actAs(w.author.id);
    await step(confirmPledgeAction, offered.id);
    for (const who of [w.orgMember.id, w.author.id, w.resident.id]) {
      await actAs(who);
      expect(await step(markPledgeDeliveredAction, offered.id)).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    }
    await actAs(w.otherAdmin.id);
    expect(await step(markPledgeDeliveredAction, offered.id)).toMatchObject({ ok: true });
  });

  it("keeps pledged_value_pence in step with every transition", async () => {
    const value = async () => (await countersOf(database.db, w.proposal.id)).pledgedPence;
    await actAs(w.resident.id);
    await pledge({ kind: "volunteer_hours", quantity: "2.5", unit: "hour" }); // £37.50
    await actAs(w.orgAdmin.id);
    await pledge({ organisationId: w.business.id }); // £6,000
    expect(await value()).toBe(603_750);
    const all = await pledgesOn(database.db, w.proposal.id);
    const hours = all.find((p) => p.kind === "volunteer_hours");
    const jobs = all.find((p) => p.kind === "jobs");
    if (!hours || !jobs) throw new Error("pledges missing");

    await actAs(w.author.id);
    expect(await step(declinePledgeAction, hours.id)).toMatchObject({ ok: true });
    expect(await value()).toBe(600_000);
    expect(await step(confirmPledgeAction, jobs.id)).toMatchObject({ ok: true });
    expect(await value()).toBe(600_000);
    await actAs(w.orgAdmin.id);
    expect(await step(markPledgeDeliveredAction, jobs.id)).toMatchObject({ ok: true });
    expect(await value()).toBe(600_000);

    await actAs(w.resident.id);
    await pledge({ kind: "volunteer_hours", quantity: "1", unit: "hour" });
    expect(await value()).toBe(601_500);
    expect(await step(withdrawPledgeAction, (await pledgesOn(database.db, w.proposal.id)).find((p) => p.status === "offered")?.id ?? "")).toMatchObject({ ok: true });
    expect(await value()).toBe(600_000);
  });

  it("refuses to answer a need of another kind, or one on another proposal", async () => {
    const other = await makeProposal(database.db, w);
    const [foreignNeed] = await database.db.insert(needs).values({ proposalId: other.id, kind: "jobs", description: "Elsewhere" }).returning();
    await actAs(w.resident.id);
    expect(await pledge({ kind: "volunteer_hours", unit: "hour", needId: w.need.id })).toMatchObject({
      ok: false,
      fieldErrors: { needId: ["That need asks for jobs or apprenticeships. Pledge that kind, or choose no need."] },
    });
    expect(await pledge({ needId: foreignNeed?.id ?? "" })).toMatchObject({ ok: false, fieldErrors: { needId: ["Choose one of this proposal's open needs"] } });
    expect(await pledgesOn(database.db, w.proposal.id)).toEqual([]);
  });

  it("refuses pledges while the plan is a draft, on a withdrawn proposal, and from someone signed out", async () => {
    expect(await pledge()).toMatchObject({ ok: false, message: "Please sign in first." });
    await actAs(w.resident.id);
    await database.db.update(plans).set({ phase: "draft" }).where(eq(plans.id, w.plan.id));
    expect(await pledge()).toMatchObject({ ok: false, message: "The plan is not in a phase that allows this." });
    await database.db.update(plans).set({ phase: "review" }).where(eq(plans.id, w.plan.id));
    await database.db.update(proposals).set({ status: "withdrawn" }).where(eq(proposals.id, w.proposal.id));
    expect(await pledge()).toMatchObject({ ok: false, message: expect.stringContaining("withdrawn") });
    expect(await database.db.select().from(pledges).where(eq(pledges.proposalId, w.proposal.id))).toEqual([]);
  });

  it("answers bad input field by field and keeps what was typed", async () => {
    await actAs(w.resident.id);
    const result = await pledge({ kind: "gold", quantity: "lots", unit: "" });
    expect(result).toMatchObject({ ok: false, values: { kind: "gold", quantity: "lots" } });
    if (result.ok) throw new Error("unreachable");
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["kind", "quantity", "unit"]);
  });
});
