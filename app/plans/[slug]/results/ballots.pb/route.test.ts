import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { outcomeProjects, outcomes, plans, proposals, staffRoles } from "@/db/schema";
import { makeProposal, makeUser, makeWorld } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import type { Database } from "@/db/connect";
import { parsePabulib } from "@/lib/pabulib/parse";
import { tallyElection, type CliRule } from "@/lib/pabulib/tally";
import { actAs, form, useTestDatabase } from "../../../../_server/test-harness";
import { castBallotAction } from "../../ballot/actions";
import { changePhaseAction, recountAction } from "../../manage/actions";
import { enterPaperBallotAction, enterPaperTallyAction } from "../../manage/paper-actions";
import { GET } from "./route";

const cliRule = { greedy: "greedy", mes: "mes", mes_add1: "mes-add1" } as const satisfies Record<string, CliRule>;

function download(slug: string, headers: Record<string, string> = {}) {
  return GET(new Request(`http://localhost/plans/${slug}/results/ballots.pb`, { headers }), { params: Promise.resolve({ slug }) });
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** A plan in voting with an officer, its projects on the ballot and residents who may vote. */
async function openVote(db: Database, settings: Partial<typeof plans.$inferInsert>, costs: number[], residents: number) {
  const world = await makeWorld(db);
  const officer = await makeUser(db, { name: "Olu Officer" });
  await db.insert(staffRoles).values({ userId: officer.id, role: "moderator" });
  const projects = [];
  for (const [i, cost] of costs.entries()) projects.push(await makeProposal(db, world, { title: `Project ${i}`, estimatedCostPence: cost, status: "on_ballot" }));
  await db.update(plans).set({ phase: "voting", requiresVerifiedVoters: false, rulesFrozenAt: new Date(), ...settings }).where(eq(plans.id, world.plan.id));
  const voters = [];
  for (let i = 0; i < residents; i++) voters.push(await makeUser(db, { name: `Resident ${i}`, homeAreaId: world.area.id }));
  return { world, officer, projects, voters };
}

async function closeAndCount(planId: string, officerId: string) {
  await actAs(officerId);
  expect(await changePhaseAction(null, form({ planId, to: "results" }))).toMatchObject({ ok: true });
}

/** The published winners: the current outcome's selected projects, by the id the file gives them. */
async function publishedWinners(db: Database, planId: string) {
  const rows = await db
    .select({ id: proposals.id, externalRef: proposals.externalRef })
    .from(outcomeProjects)
    .innerJoin(outcomes, eq(outcomes.id, outcomeProjects.outcomeId))
    .innerJoin(proposals, eq(proposals.id, outcomeProjects.proposalId))
    .where(and(eq(outcomes.planId, planId), eq(outcomes.isCurrent, true), eq(outcomeProjects.selected, true)));
  return rows.map((r) => r.externalRef ?? r.id).sort();
}

/** Downloads the file twice, checks it is the same bytes with a true hash, and tallies it under the plan's rule. */
async function checkTheCount(db: Database, planId: string) {
  const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
  if (!plan) throw new Error("plan missing");
  const first = await download(plan.slug);
  expect(first.status).toBe(200);
  expect(first.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  expect(first.headers.get("content-disposition")).toBe(`attachment; filename="${plan.slug}-ballots.pb"`);
  const body = await first.text();
  expect(first.headers.get("etag")).toBe(`"${sha256(body)}"`);
  const second = await download(plan.slug);
  expect(await second.text()).toBe(body);
  expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
  expect((await download(plan.slug, { "If-None-Match": first.headers.get("etag") ?? "" })).status).toBe(304);

  const election = parsePabulib(body);
  const tallied = tallyElection(election, cliRule[plan.outcomeRule], plan.utility);
  expect(tallied.selected.length).toBeGreaterThan(0);
  expect([...tallied.selected].sort()).toEqual(await publishedWinners(db, planId));
  expect(election.votes.map((v) => v.voterId)).toEqual(election.votes.map((_, i) => String(i + 1)));
  return { body, election, hash: sha256(body) };
}

describeWithDatabase("the published file of counted ballots", { onDatabase: useTestDatabase }, (database) => {
  it("is refused while voting is open, then after the count holds every ballot, hashes true and tallies to the published winners", async () => {
    const db = database.db;
    const { world, officer, projects, voters } = await openVote(db, { ballotMethod: "approval", approvalLimit: 3, outcomeRule: "mes_add1", budgetPence: 1_000_000 }, [600_000, 300_000, 250_000, 400_000], 5);
    const choices = [[0, 1], [0], [1, 2], [2, 3], [0, 3]];
    for (const [i, voter] of voters.entries()) {
      await actAs(voter.id);
      const ids = (choices[i] ?? []).map((p) => projects[p]?.id ?? "");
      expect(await castBallotAction(null, form({ planId: world.plan.id, proposalIds: ids }))).toMatchObject({ ok: true });
    }
    await actAs(officer.id);
    expect(await enterPaperBallotAction(null, form({ planId: world.plan.id, proposalIds: [projects[1]?.id ?? ""] }))).toMatchObject({ ok: true });
    // Even with a count on record, nothing is published while people can still vote.
    await db.insert(outcomes).values({ planId: world.plan.id, rule: "mes_add1", utility: "cost", inputsFingerprint: "early", budgetPence: 1_000_000, spentPence: 0, voterCount: 6 });
    expect((await download(world.plan.slug)).status).toBe(404);
    expect((await download("no-such-plan")).status).toBe(404);

    await closeAndCount(world.plan.id, officer.id);
    const { body, election, hash } = await checkTheCount(db, world.plan.id);
    expect(election.votes).toHaveLength(6);
    expect(election.meta).toMatchObject({ budget: "10000", vote_type: "approval", rule: "equalshares/add1", num_votes: "6", currency: "GBP" });
    expect(election.projects.map((p) => p.cost).sort()).toEqual([2500, 3000, 4000, 6000]);
    // Nobody is named: neither a voter's id nor a ballot's receipt reference is in the file.
    for (const voter of voters) expect(body).not.toContain(voter.id);
    expect(body).not.toMatch(/PP-/);

    // A recount of the same ballots publishes the same bytes.
    expect(await recountAction(null, form({ planId: world.plan.id }))).toMatchObject({ ok: true, data: { reproduced: true } });
    expect((await checkTheCount(db, world.plan.id)).hash).toBe(hash);
  });

  it("keeps a points ballot's points, and greedy by points gives the published winners", async () => {
    const db = database.db;
    const { world, officer, projects, voters } = await openVote(db, { ballotMethod: "cumulative", cumulativePoints: 10, outcomeRule: "greedy", budgetPence: 800_000 }, [500_000, 300_000, 300_000], 3);
    const spread = [[6, 4, 0], [0, 5, 5], [1, 0, 9]];
    for (const [i, voter] of voters.entries()) {
      await actAs(voter.id);
      const points = Object.fromEntries((spread[i] ?? []).map((given, p) => [`points.${projects[p]?.id ?? ""}`, String(given)]));
      expect(await castBallotAction(null, form({ planId: world.plan.id, ...points }))).toMatchObject({ ok: true });
    }
    await closeAndCount(world.plan.id, officer.id);
    const { election } = await checkTheCount(db, world.plan.id);
    expect(election.voteType).toBe("cumulative");
    expect(election.meta.max_sum_points).toBe("10");
    const total = (id: string) => election.votes.reduce((sum, v) => sum + (v.points?.[v.vote.indexOf(id)] ?? 0), 0);
    expect(projects.map((p) => total(p.id))).toEqual([7, 9, 14]);
  });

  it("writes paper approvals entered as counts as one-project lines, so a greedy tally of the file agrees", async () => {
    const db = database.db;
    const { world, officer, projects, voters } = await openVote(db, { ballotMethod: "approval", approvalLimit: 2, outcomeRule: "greedy", budgetPence: 500_000 }, [200_000, 400_000], 1);
    const [cheap, dear] = projects;
    const [voter] = voters;
    if (!cheap || !dear || !voter) throw new Error("set-up failed");
    await actAs(voter.id);
    expect(await castBallotAction(null, form({ planId: world.plan.id, proposalIds: [dear.id] }))).toMatchObject({ ok: true });
    await actAs(officer.id);
    expect(await enterPaperTallyAction(null, form({ planId: world.plan.id, proposalId: cheap.id, approvals: "2" }))).toMatchObject({ ok: true });
    await closeAndCount(world.plan.id, officer.id);
    const { election } = await checkTheCount(db, world.plan.id);
    expect(election.votes.map((v) => v.vote)).toEqual([[cheap.id], [cheap.id], [dear.id]].sort());
    expect(await publishedWinners(db, world.plan.id)).toEqual([cheap.id]);
  });
});
