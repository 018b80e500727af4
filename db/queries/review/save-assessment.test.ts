import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { assessmentCriteria, assessmentPriorities, assessmentScores, strategicPriorities } from "../../schema";
import { makeProposal, makeUser, makeWorld } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { listProposalAssessments } from "./get-combined-assessment";
import { declareInterest, isInterestDeclared } from "./declare-interest";
import { saveAssessment } from "./save-assessment";

describeWithDatabase("saving assessments and declaring interests", (database) => {
  let world: Awaited<ReturnType<typeof makeWorld>>;
  let criteria: { id: string }[];
  let priorities: { id: string }[];

  beforeAll(async () => {
    const db = database.db;
    world = await makeWorld(db);
    criteria = await db.insert(assessmentCriteria).values([{ planId: world.plan.id, name: "Fit" }, { planId: world.plan.id, name: "Feasibility" }]).returning({ id: assessmentCriteria.id });
    priorities = await db.insert(strategicPriorities).values([{ planId: world.plan.id, title: "Jobs" }, { planId: world.plan.id, title: "Net zero" }]).returning({ id: strategicPriorities.id });
  });

  const scores = (values: number[]) => criteria.map((c, i) => ({ criterionId: c.id, score: values[i] ?? 1 }));

  it("upserts one assessment per reviewer, replacing its scores and tags whole", async () => {
    const db = database.db;
    const proposal = await makeProposal(db, world);
    const reviewer = await makeUser(db);
    const first = await saveAssessment(db, { proposalId: proposal.id, reviewerId: reviewer.id, notes: "first", scores: scores([2, 3]), priorityIds: priorities.map((p) => p.id) });
    const second = await saveAssessment(db, { proposalId: proposal.id, reviewerId: reviewer.id, notes: "second", scores: scores([4, 5]), priorityIds: [priorities[1]?.id ?? ""] });
    expect(second).toBe(first);
    const [saved] = await listProposalAssessments(db, proposal.id);
    expect(saved).toMatchObject({ notes: "second", scores: { [criteria[0]?.id ?? ""]: 4, [criteria[1]?.id ?? ""]: 5 }, priorityIds: [priorities[1]?.id] });
    expect(await db.select().from(assessmentScores).where(eq(assessmentScores.assessmentId, first))).toHaveLength(2);
    expect(await db.select().from(assessmentPriorities).where(eq(assessmentPriorities.assessmentId, first))).toHaveLength(1);
  });

  it("records a declaration and removes the declarer's sheet", async () => {
    const db = database.db;
    const proposal = await makeProposal(db, world);
    const reviewer = await makeUser(db);
    await saveAssessment(db, { proposalId: proposal.id, reviewerId: reviewer.id, notes: "", scores: scores([3, 3]), priorityIds: [] });
    expect(await isInterestDeclared(db, proposal.id, reviewer.id)).toBe(false);
    expect(await declareInterest(db, { proposalId: proposal.id, reviewerId: reviewer.id, reason: "Board member" })).toEqual({ removedAssessment: true });
    expect(await declareInterest(db, { proposalId: proposal.id, reviewerId: reviewer.id, reason: "Board member, since 2024" })).toEqual({ removedAssessment: false });
    expect(await isInterestDeclared(db, proposal.id, reviewer.id)).toBe(true);
    expect(await listProposalAssessments(db, proposal.id)).toEqual([]);
  });
});
