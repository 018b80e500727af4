import { and, eq } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { follows, plans, supports } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, harness, useTestDatabase } from "../../_server/test-harness";
import { followProposalAction, supportProposalAction, unfollowProposalAction, unsupportProposalAction } from "./actions";
import { countersOf, makeCoproductionWorld, type CoproductionWorld } from "./actions-test-world";

describeWithDatabase("support and follow actions called directly, without the UI", { onDatabase: useTestDatabase }, (database) => {
  let w: CoproductionWorld;

  beforeEach(async () => {
    w = await makeCoproductionWorld(database.db);
    await actAs(null);
  });

  const target = () => form({ proposalId: w.proposal.id });
  const supportRows = () => database.db.select().from(supports).where(eq(supports.proposalId, w.proposal.id));

  it("counts a second support from the same person once, and says so kindly", async () => {
    await actAs(w.resident.id);
    expect(await supportProposalAction(null, target())).toMatchObject({ ok: true, message: "Thank you: you support this idea." });
    expect(await supportProposalAction(null, target())).toMatchObject({ ok: true, message: "You already support this." });
    expect(await supportRows()).toHaveLength(1);
    expect(await countersOf(database.db, w.proposal.id)).toMatchObject({ supports: 1 });
  });

  it("leaves exactly one support when the same person posts ten at once", async () => {
    await actAs(w.resident.id);
    const results = await Promise.all(Array.from({ length: 10 }, () => supportProposalAction(null, target())));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(results.filter((result) => result.ok && result.data.added)).toHaveLength(1);
    expect(await supportRows()).toHaveLength(1);
    expect(await countersOf(database.db, w.proposal.id)).toMatchObject({ supports: 1 });
  });

  it("counts different people supporting at once, each exactly once", async () => {
    const people = [w.resident, w.follower, w.orgAdmin, w.orgMember, w.otherAdmin];
    const actors = [];
    for (const person of people) actors.push(await actAs(person.id));
    // An action reads its actor synchronously when called, so each call below runs as its own person.
    const calls = actors.map((actor) => {
      harness.actor = actor;
      return supportProposalAction(null, target());
    });
    expect((await Promise.all(calls)).every((result) => result.ok)).toBe(true);
    expect(await supportRows()).toHaveLength(people.length);
    expect(await countersOf(database.db, w.proposal.id)).toMatchObject({ supports: people.length });
  });

  it("refuses support outside the ideas phase, and from someone signed out", async () => {
    expect(await supportProposalAction(null, target())).toMatchObject({ ok: false, message: "Please sign in first." });
    await database.db.update(plans).set({ phase: "review" }).where(eq(plans.id, w.plan.id));
    await actAs(w.resident.id);
    expect(await supportProposalAction(null, target())).toMatchObject({ ok: false, message: "The plan is not in a phase that allows this." });
    expect(await supportRows()).toEqual([]);
    expect(await countersOf(database.db, w.proposal.id)).toMatchObject({ supports: 0 });
  });

  it("removes only the person's own support", async () => {
    await actAs(w.follower.id);
    await supportProposalAction(null, target());
    await actAs(w.resident.id);
    await supportProposalAction(null, target());
    expect(await unsupportProposalAction(null, target())).toMatchObject({ ok: true, message: "Your support has been removed." });
    expect(await unsupportProposalAction(null, target())).toMatchObject({ ok: true, message: "You were not supporting this." });
    expect((await supportRows()).map((row) => row.userId)).toEqual([w.follower.id]);
    expect(await countersOf(database.db, w.proposal.id)).toMatchObject({ supports: 1 });
  });

  it("follows and unfollows a proposal, once", async () => {
    const mine = () => database.db.select().from(follows).where(and(eq(follows.proposalId, w.proposal.id), eq(follows.userId, w.resident.id)));
    await actAs(w.resident.id);
    expect(await followProposalAction(null, target())).toMatchObject({ ok: true, data: { added: true } });
    expect(await followProposalAction(null, target())).toMatchObject({ ok: true, message: "You already follow this." });
    expect(await mine()).toHaveLength(1);
    expect(await unfollowProposalAction(null, target())).toMatchObject({ ok: true });
    expect(await mine()).toEqual([]);
  });

  it("treats an id that is not a proposal as not found", async () => {
    await actAs(w.resident.id);
    expect(await supportProposalAction(null, form({ proposalId: "3f2b8c1e-9a4d-4e2b-8f1a-2b3c4d5e6f70" }))).toMatchObject({ ok: false, message: "That proposal was not found." });
    expect(await supportProposalAction(null, form({ proposalId: "nope" }))).toMatchObject({ ok: false, fieldErrors: { proposalId: ["That proposal was not found"] } });
  });
});
