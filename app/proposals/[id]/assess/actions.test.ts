import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { getCombinedAssessment } from "@/db/queries/review/get-combined-assessment";
import { assessmentCriteria, assessments, auditLog, interestDeclarations, memberships, organisations, plans, staffRoles, strategicPriorities } from "@/db/schema";
import { makeProposal, makeUser, makeWorld } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, useTestDatabase } from "../../../_server/test-harness";
import { declareInterestAction, saveAssessmentAction } from "./actions";

describeWithDatabase("assessing proposals, called directly", { onDatabase: useTestDatabase }, (database) => {
  let world: Awaited<ReturnType<typeof makeWorld>>;
  let criteria: { id: string; name: string }[];
  let priority: { id: string };
  let proposal: { id: string };
  let orgProposal: { id: string };
  let reviewerA: { id: string };
  let reviewerB: { id: string };
  let memberReviewer: { id: string };
  let resident: { id: string };

  const sheet = (proposalId: string, scores: number[], extra: Record<string, string | string[]> = {}) =>
    form({ proposalId, ...Object.fromEntries(criteria.map((c, i) => [`score_${c.id}`, String(scores[i] ?? "")])), ...extra });

  beforeAll(async () => {
    const db = database.db;
    world = await makeWorld(db);
    await db.update(plans).set({ phase: "review" }).where(eq(plans.id, world.plan.id));
    criteria = await db
      .insert(assessmentCriteria)
      .values([
        { planId: world.plan.id, name: "Strategic fit", position: 1 },
        { planId: world.plan.id, name: "Feasibility", position: 2 },
      ])
      .returning({ id: assessmentCriteria.id, name: assessmentCriteria.name });
    [priority] = (await db.insert(strategicPriorities).values({ planId: world.plan.id, title: "Good jobs" }).returning({ id: strategicPriorities.id })) as [{ id: string }];
    const [org] = await db.insert(organisations).values({ regionId: world.region.id, slug: `org-${world.plan.id.slice(0, 8)}`, name: "Brackside Trust", sector: "community_voluntary" }).returning();
    proposal = await makeProposal(db, world, { title: "Youth club" });
    orgProposal = await makeProposal(db, world, { title: "Trust garden", organisationId: org?.id ?? null });
    reviewerA = await makeUser(db, { name: "Rhiannon Reviewer" });
    reviewerB = await makeUser(db, { name: "Bilal Reviewer" });
    memberReviewer = await makeUser(db, { name: "Morag Member" });
    await db.insert(staffRoles).values([reviewerA, reviewerB, memberReviewer].map((r) => ({ userId: r.id, role: "reviewer" as const })));
    await db.insert(memberships).values({ organisationId: org?.id ?? "", userId: memberReviewer.id, role: "member" });
    resident = await makeUser(db, { name: "Rita Resident" });
  });

  it("refuses a resident's direct score and declaration, writing nothing", async () => {
    await actAs(resident.id);
    expect(await saveAssessmentAction(null, sheet(proposal.id, [5, 5]))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await declareInterestAction(null, form({ proposalId: proposal.id, reason: "I live next door to it" }))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await database.db.select().from(assessments)).toEqual([]);
    expect(await database.db.select().from(interestDeclarations)).toEqual([]);
    expect(await database.db.select().from(auditLog).where(eq(auditLog.actorId, resident.id))).toEqual([]);
  });

  it("refuses a moderator's score: assessing is for reviewers", async () => {
    const moderator = await makeUser(database.db);
    await database.db.insert(staffRoles).values({ userId: moderator.id, role: "moderator" });
    await actAs(moderator.id);
    expect(await saveAssessmentAction(null, sheet(proposal.id, [3, 3]))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await database.db.select().from(assessments)).toEqual([]);
  });

  it("refuses an incomplete or out-of-range sheet next to the criterion", async () => {
    await actAs(reviewerA.id);
    const missing = await saveAssessmentAction(null, sheet(proposal.id, [4]));
    expect(missing).toMatchObject({ ok: false, fieldErrors: { [`score_${criteria[1]?.id}`]: ["Choose a score for Feasibility"] } });
    expect(await saveAssessmentAction(null, sheet(proposal.id, [4, 9]))).toMatchObject({ ok: false, message: "Score Feasibility from 1 to 5" });
    expect(await database.db.select().from(assessments)).toEqual([]);
  });

  it("combines two reviewers' scores with the right mean and spread", async () => {
    await actAs(reviewerA.id);
    expect(await saveAssessmentAction(null, sheet(proposal.id, [4, 2], { notes: "Strong local backing", priorityIds: [priority.id] }))).toMatchObject({ ok: true });
    await actAs(reviewerB.id);
    expect(await saveAssessmentAction(null, sheet(proposal.id, [5, 5]))).toMatchObject({ ok: true });
    // Saving again replaces the sheet rather than adding a second one.
    expect(await saveAssessmentAction(null, sheet(proposal.id, [5, 3]))).toMatchObject({ ok: true });
    const view = await getCombinedAssessment(database.db, proposal.id, world.plan.id);
    expect(view.sheets).toHaveLength(2);
    expect(view.combined.criteria.map((c) => [c.name, c.mean, c.min, c.max])).toEqual([
      ["Strategic fit", 4.5, 4, 5],
      ["Feasibility", 2.5, 2, 3],
    ]);
    expect(view.combined.overall).toBe(3.5);
    expect([view.combined.overallMin, view.combined.overallMax]).toEqual([3, 4]);
    expect(view.priorities).toEqual([{ id: priority.id, title: "Good jobs", count: 1 }]);
  });

  it("refuses a reviewer who belongs to the proposing organisation until and after they declare", async () => {
    await actAs(memberReviewer.id);
    expect(await saveAssessmentAction(null, sheet(orgProposal.id, [5, 5]))).toMatchObject({ ok: false, message: expect.stringMatching(/You belong to Brackside Trust/) });
    expect(await declareInterestAction(null, form({ proposalId: orgProposal.id, reason: "I am a trustee of Brackside Trust" }))).toMatchObject({ ok: true });
    expect(await saveAssessmentAction(null, sheet(orgProposal.id, [5, 5]))).toMatchObject({ ok: false, message: "You have declared an interest in this proposal, so you cannot score it." });
    expect(await database.db.select().from(assessments).where(eq(assessments.proposalId, orgProposal.id))).toEqual([]);
  });

  it("withdraws the scores of a reviewer who declares an interest later, and refuses them from then on", async () => {
    await actAs(reviewerA.id);
    expect(await declareInterestAction(null, form({ proposalId: proposal.id, reason: "My sister runs the youth club" }))).toMatchObject({ ok: true, message: expect.stringMatching(/earlier scores were withdrawn/) });
    expect(await saveAssessmentAction(null, sheet(proposal.id, [1, 1]))).toMatchObject({ ok: false, message: "You have declared an interest in this proposal, so you cannot score it." });
    const view = await getCombinedAssessment(database.db, proposal.id, world.plan.id);
    expect(view.sheets.map((s) => s.reviewerId)).toEqual([reviewerB.id]);
    expect(view.declarations).toMatchObject([{ reviewerId: reviewerA.id, reason: "My sister runs the youth club" }]);
    const audits = await database.db.select().from(auditLog).where(eq(auditLog.actorId, reviewerA.id));
    expect(audits.map((a) => a.action).sort()).toEqual(["assessment.declare_interest", "assessment.save"]);
  });
});
