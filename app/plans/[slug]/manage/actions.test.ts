import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { ballots, notifications, outboxEmails, outcomeProjects, outcomes, paperTallies, plans, proposals, staffRoles, users } from "@/db/schema";
import { makeProposal, makeUser, makeWorld } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, useTestDatabase } from "../../../_server/test-harness";
import { castBallotAction } from "../ballot/actions";
import { changePhaseAction, recountAction, shortlistAction } from "./actions";
import { enterPaperBallotAction, enterPaperTallyAction } from "./paper-actions";

describeWithDatabase("running a vote, called directly", { onDatabase: useTestDatabase }, (database) => {
  let world: Awaited<ReturnType<typeof makeWorld>>;
  let officer: { id: string };
  let resident: { id: string; email: string | null };
  let outsider: { id: string };
  let ideas: { id: string; title: string }[];

  beforeAll(async () => {
    const db = database.db;
    world = await makeWorld(db);
    await db.update(plans).set({ phase: "review", ballotMethod: "knapsack", budgetPence: 1_000_000, supportThreshold: 2 }).where(eq(plans.id, world.plan.id));
    officer = await makeUser(db, { name: "Gareth Officer" });
    await db.insert(staffRoles).values({ userId: officer.id, role: "moderator" });
    resident = await makeUser(db, { name: "Rita Resident", homeAreaId: world.area.id });
    outsider = await makeUser(db, { name: "No Home" });
    ideas = [
      await makeProposal(db, world, { title: "Youth club", estimatedCostPence: 600_000, supportCount: 5 }),
      await makeProposal(db, world, { title: "Bus shelter", estimatedCostPence: 300_000, supportCount: 3 }),
      await makeProposal(db, world, { title: "Tool library", estimatedCostPence: 250_000, supportCount: 0 }),
    ];
  });

  it("refuses a resident who posts officer actions directly", async () => {
    await actAs(resident.id);
    expect(await shortlistAction(null, form({ proposalId: ideas[0]?.id ?? "" }))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await changePhaseAction(null, form({ planId: world.plan.id, to: "voting" }))).toMatchObject({ ok: false });
    expect(await recountAction(null, form({ planId: world.plan.id }))).toMatchObject({ ok: false });
    const [plan] = await database.db.select().from(plans).where(eq(plans.id, world.plan.id));
    expect(plan?.phase).toBe("review");
  });

  it("shortlists over the threshold, and below it only with a reason", async () => {
    await actAs(officer.id);
    expect(await shortlistAction(null, form({ proposalId: ideas[0]?.id ?? "" }))).toMatchObject({ ok: true });
    expect(await shortlistAction(null, form({ proposalId: ideas[1]?.id ?? "" }))).toMatchObject({ ok: true });
    const refused = await shortlistAction(null, form({ proposalId: ideas[2]?.id ?? "", reason: "nice" }));
    expect(refused).toMatchObject({ ok: false, values: { reason: "nice" } });
    if (!refused.ok) expect(refused.fieldErrors.reason?.[0]).toMatch(/0 of the 2 supporters/);
    expect(await shortlistAction(null, form({ proposalId: ideas[2]?.id ?? "", reason: "Fills a gap in the east of the ward" }))).toMatchObject({ ok: true });
    const [row] = await database.db.select().from(proposals).where(eq(proposals.id, ideas[2]?.id ?? ""));
    expect(row).toMatchObject({ status: "shortlisted", shortlistReason: "Fills a gap in the east of the ward" });
  });

  it("opens voting: the shortlist goes on the ballot and the counting rules freeze", async () => {
    await actAs(officer.id);
    expect(await changePhaseAction(null, form({ planId: world.plan.id, to: "voting" }))).toMatchObject({ ok: true });
    const [plan] = await database.db.select().from(plans).where(eq(plans.id, world.plan.id));
    expect(plan?.phase).toBe("voting");
    expect(plan?.rulesFrozenAt).not.toBeNull();
    const onBallot = await database.db.select().from(proposals).where(and(eq(proposals.planId, world.plan.id), eq(proposals.status, "on_ballot")));
    expect(onBallot).toHaveLength(3);
  });

  it("refuses an overspending ballot and someone without a home neighbourhood; counts a valid one and emails a receipt", async () => {
    await actAs(resident.id);
    const over = await castBallotAction(null, form({ planId: world.plan.id, proposalIds: ideas.map((i) => i.id) }));
    expect(over).toMatchObject({ ok: false, message: expect.stringMatching(/more than the £10,000 budget/) });
    const cast = await castBallotAction(null, form({ planId: world.plan.id, proposalIds: [ideas[0]?.id ?? "", ideas[2]?.id ?? ""] }));
    expect(cast).toMatchObject({ ok: true, data: { reference: expect.stringMatching(/^PP-/), totalPence: 850_000 } });
    const receipts = await database.db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, resident.email ?? ""));
    expect(receipts.at(-1)?.textBody).toContain(cast.ok ? cast.data.reference : "");
    await actAs(outsider.id);
    expect(await castBallotAction(null, form({ planId: world.plan.id, proposalIds: [ideas[1]?.id ?? ""] }))).toMatchObject({
      ok: false,
      message: "Set your home neighbourhood in your profile to vote in this plan.",
    });
    expect(await database.db.select().from(ballots).where(eq(ballots.voterId, outsider.id))).toEqual([]);
  });

  it("lets an officer enter a paper ballot, then close voting and count, reproducibly", async () => {
    await actAs(officer.id);
    expect(await enterPaperBallotAction(null, form({ planId: world.plan.id, proposalIds: [ideas[1]?.id ?? ""] }))).toMatchObject({ ok: true });
    expect(await changePhaseAction(null, form({ planId: world.plan.id, to: "results" }))).toMatchObject({ ok: true });
    const [outcome] = await database.db.select().from(outcomes).where(and(eq(outcomes.planId, world.plan.id), eq(outcomes.isCurrent, true)));
    expect(outcome?.voterCount).toBe(2);
    expect(await recountAction(null, form({ planId: world.plan.id }))).toMatchObject({ ok: true, data: { reproduced: true } });
    const statuses = await database.db.select({ title: proposals.title, status: proposals.status }).from(proposals).where(eq(proposals.planId, world.plan.id));
    expect(statuses.every((s) => s.status === "selected" || s.status === "not_selected")).toBe(true);
    // Voting has closed: a late ballot is refused.
    await actAs(resident.id);
    expect(await castBallotAction(null, form({ planId: world.plan.id, proposalIds: [] }))).toMatchObject({ ok: false, message: "The plan is not in a phase that allows this." });
    const [late] = await database.db.select().from(users).where(eq(users.id, resident.id));
    expect(late).toBeDefined();
  });
});

describeWithDatabase("paper approvals counted per project", { onDatabase: useTestDatabase }, (database) => {
  it("adds counts to a greedy count, shows them apart, tells authors the result, and refuses counts under MES", async () => {
    const db = database.db;
    const world = await makeWorld(db);
    await db.update(plans).set({ phase: "voting", ballotMethod: "approval", approvalLimit: 2, outcomeRule: "greedy", budgetPence: 500_000 }).where(eq(plans.id, world.plan.id));
    const officer = await makeUser(db);
    await db.insert(staffRoles).values({ userId: officer.id, role: "moderator" });
    const cheap = await makeProposal(db, world, { title: "Benches", estimatedCostPence: 200_000, status: "on_ballot" });
    const dear = await makeProposal(db, world, { title: "Play area", estimatedCostPence: 400_000, status: "on_ballot" });
    const voter = await makeUser(db, { homeAreaId: world.area.id });
    await actAs(voter.id);
    expect(await castBallotAction(null, form({ planId: world.plan.id, proposalIds: [dear.id] }))).toMatchObject({ ok: true });
    // Paper entry is an officer's: a voter posting it directly while voting is open is refused, and nothing is written.
    const denied = { ok: false, message: "You do not have permission to do this." };
    expect(await enterPaperBallotAction(null, form({ planId: world.plan.id, proposalIds: [cheap.id] }))).toMatchObject(denied);
    expect(await enterPaperTallyAction(null, form({ planId: world.plan.id, proposalId: cheap.id, approvals: "50" }))).toMatchObject(denied);
    expect((await db.select().from(ballots).where(eq(ballots.planId, world.plan.id))).map((b) => b.source)).toEqual(["online"]);
    expect(await db.select().from(paperTallies).where(eq(paperTallies.planId, world.plan.id))).toEqual([]);
    await actAs(officer.id);
    // Two paper approvals for the benches outvote one online vote for the play area.
    expect(await enterPaperTallyAction(null, form({ planId: world.plan.id, proposalId: cheap.id, approvals: "2" }))).toMatchObject({ ok: true });
    expect(await enterPaperTallyAction(null, form({ planId: world.plan.id, proposalId: cheap.id, approvals: "-1" }))).toMatchObject({ ok: false, fieldErrors: { approvals: ["The count cannot be negative"] } });
    expect(await changePhaseAction(null, form({ planId: world.plan.id, to: "results" }))).toMatchObject({ ok: true });
    const [outcome] = await db.select().from(outcomes).where(and(eq(outcomes.planId, world.plan.id), eq(outcomes.isCurrent, true)));
    expect(outcome?.voterCount).toBe(1);
    const rows = await db.select().from(outcomeProjects).where(eq(outcomeProjects.outcomeId, outcome?.id ?? ""));
    expect(rows.find((r) => r.proposalId === cheap.id)).toMatchObject({ votes: 0, paperVotes: 2, selected: true });
    expect(rows.find((r) => r.proposalId === dear.id)).toMatchObject({ votes: 1, paperVotes: 0, selected: false });
    const told = await db.select().from(notifications).where(eq(notifications.userId, world.author.id));
    expect(told.map((n) => n.title).sort()).toEqual(["“Benches” was selected by the vote", "“Play area” was not selected this time"]);

    await db.update(plans).set({ phase: "voting", outcomeRule: "mes" }).where(eq(plans.id, world.plan.id));
    await db.update(proposals).set({ status: "on_ballot" }).where(eq(proposals.planId, world.plan.id));
    expect(await enterPaperTallyAction(null, form({ planId: world.plan.id, proposalId: cheap.id, approvals: "3" }))).toMatchObject({ ok: false, message: expect.stringMatching(/greedy rule/) });
  });
});

describeWithDatabase("paper ballots on a points plan", { onDatabase: useTestDatabase }, (database) => {
  it("refuses them, because the paper form has no place for points, and writes nothing", async () => {
    const db = database.db;
    const world = await makeWorld(db);
    await db.update(plans).set({ phase: "voting", ballotMethod: "cumulative", cumulativePoints: 10, outcomeRule: "greedy" }).where(eq(plans.id, world.plan.id));
    const officer = await makeUser(db);
    await db.insert(staffRoles).values({ userId: officer.id, role: "moderator" });
    const project = await makeProposal(db, world, { title: "Benches", estimatedCostPence: 200_000, status: "on_ballot" });
    await actAs(officer.id);
    expect(await enterPaperBallotAction(null, form({ planId: world.plan.id, proposalIds: [project.id] }))).toMatchObject({
      ok: false,
      message: "Paper ballots cannot be entered for a points ballot: the paper form has no place for points.",
    });
    expect(await db.select().from(ballots).where(eq(ballots.planId, world.plan.id))).toEqual([]);
  });
});
