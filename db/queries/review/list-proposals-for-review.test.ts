import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { assessmentCriteria, ballotChoices, ballots, paperTallies, supports } from "../../schema";
import { makeArea, makePlan, makeProposal, makeUser, makeWorld } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { combinedScoresForPlan } from "./get-combined-assessment";
import { listProposalsForReview } from "./list-proposals-for-review";
import { saveAssessment } from "./save-assessment";

describeWithDatabase("ranking proposals for review", (database) => {
  let world: Awaited<ReturnType<typeof makeWorld>>;

  beforeAll(async () => {
    const db = database.db;
    world = await makeWorld(db);
  });

  it("ranks the plan's proposals by supports, leverage, deprived supporters or combined score", async () => {
    const db = database.db;
    const fresh = await makeWorld(db);
    await db.insert(assessmentCriteria).values({ planId: fresh.plan.id, name: "Fit" });
    const [criterion] = await db.select().from(assessmentCriteria).where(eq(assessmentCriteria.planId, fresh.plan.id));
    const deprivedArea = await makeArea(db, fresh.region.id, { imdDecile: 1 });
    const comfortableArea = await makeArea(db, fresh.region.id, { imdDecile: 9 });
    const popular = await makeProposal(db, fresh, { title: "Popular", supportCount: 3, pledgedValuePence: 0, estimatedCostPence: 100_000 });
    const leveraged = await makeProposal(db, fresh, { title: "Leveraged", supportCount: 1, pledgedValuePence: 200_000, estimatedCostPence: 100_000 });
    await makeProposal(db, fresh, { title: "Hidden", status: "hidden", supportCount: 99 });
    const residents = [await makeUser(db, { homeAreaId: deprivedArea.id }), await makeUser(db, { homeAreaId: comfortableArea.id }), await makeUser(db, { homeAreaId: comfortableArea.id })];
    await db.insert(supports).values([...residents.map((r) => ({ proposalId: popular.id, userId: r.id })), { proposalId: leveraged.id, userId: residents[0]?.id ?? "" }]);
    const reviewers = [await makeUser(db), await makeUser(db)];
    await saveAssessment(db, { proposalId: popular.id, reviewerId: reviewers[0]?.id ?? "", notes: "", scores: [{ criterionId: criterion?.id ?? "", score: 2 }], priorityIds: [] });
    await saveAssessment(db, { proposalId: popular.id, reviewerId: reviewers[1]?.id ?? "", notes: "", scores: [{ criterionId: criterion?.id ?? "", score: 3 }], priorityIds: [] });
    await saveAssessment(db, { proposalId: leveraged.id, reviewerId: reviewers[0]?.id ?? "", notes: "", scores: [{ criterionId: criterion?.id ?? "", score: 4 }], priorityIds: [] });

    expect((await listProposalsForReview(db, fresh.plan.id, "supports")).map((p) => p.title)).toEqual(["Popular", "Leveraged"]);
    const byLeverage = await listProposalsForReview(db, fresh.plan.id, "leverage");
    expect(byLeverage.map((p) => [p.title, p.leverage])).toEqual([["Leveraged", 2], ["Popular", 0]]);
    const byDeprived = await listProposalsForReview(db, fresh.plan.id, "deprived");
    expect(byDeprived.map((p) => [p.title, p.deprivedShare])).toEqual([["Leveraged", 1], ["Popular", 1 / 3]]);
    const byScore = await listProposalsForReview(db, fresh.plan.id, "score");
    expect(byScore.map((p) => [p.title, p.score, p.scoreMin, p.scoreMax, p.assessmentCount])).toEqual([["Leveraged", 4, 4, 4, 1], ["Popular", 2.5, 2, 3, 2]]);
    expect((await combinedScoresForPlan(db, fresh.plan.id)).size).toBe(2);
    const filters = { q: "", theme: null, area: null, band: null, status: null, needs: false, by: null };
    expect((await listProposalsForReview(db, fresh.plan.id, "score", { ...filters, q: "leveraged" })).map((p) => p.title)).toEqual(["Leveraged"]);
    expect(await listProposalsForReview(db, fresh.plan.id, "score", { ...filters, band: "9-10" })).toEqual([]);
    expect((await listProposalsForReview(db, fresh.plan.id, "supports", { ...filters, status: "published" })).map((p) => p.title)).toEqual(["Popular", "Leveraged"]);
  });

  it("ranks by votes: ballots that chose a project plus paper approvals counted for it", async () => {
    const db = database.db;
    const plan = await makePlan(db, world.region.id, { phase: "results" });
    const local = { ...world, plan };
    const online = await makeProposal(db, local, { title: "Online favourite", status: "on_ballot" });
    const paper = await makeProposal(db, local, { title: "Paper favourite", status: "on_ballot" });
    const voters = await Promise.all([makeUser(db), makeUser(db)]);
    const cast = await db.insert(ballots).values(voters.map((v, i) => ({ planId: plan.id, voterId: v.id, reference: `PP-VOTE-${i}-${plan.id.slice(0, 4)}` }))).returning({ id: ballots.id });
    await db.insert(ballotChoices).values([
      ...cast.map((b) => ({ ballotId: b.id, proposalId: online.id })),
      { ballotId: cast[0]?.id ?? "", proposalId: paper.id },
    ]);
    await db.insert(paperTallies).values({ planId: plan.id, proposalId: paper.id, approvals: 3 });
    const rows = await listProposalsForReview(db, plan.id, "votes");
    expect(rows.map((r) => [r.title, r.votes])).toEqual([
      ["Paper favourite", 4],
      ["Online favourite", 2],
    ]);
  });
});
