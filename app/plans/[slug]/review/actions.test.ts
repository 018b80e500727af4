import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { getPublishedReasoning } from "@/db/queries/review/publish-assessments";
import { saveAssessment } from "@/db/queries/review/save-assessment";
import { assessmentCriteria, plans, staffRoles } from "@/db/schema";
import { makeProposal, makeUser, makeWorld } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, useTestDatabase } from "../../../_server/test-harness";
import { publishReasoningAction } from "./actions";

describeWithDatabase("publishing the reviewers' reasoning", { onDatabase: useTestDatabase }, (database) => {
  it("keeps assessments private until staff publish them, and refuses a resident who posts directly", async () => {
    const db = database.db;
    const world = await makeWorld(db);
    await db.update(plans).set({ phase: "results" }).where(eq(plans.id, world.plan.id));
    const [criterion] = await db.insert(assessmentCriteria).values({ planId: world.plan.id, name: "Fit" }).returning();
    const proposal = await makeProposal(db, world);
    const reviewer = await makeUser(db);
    await db.insert(staffRoles).values({ userId: reviewer.id, role: "reviewer" });
    await saveAssessment(db, { proposalId: proposal.id, reviewerId: reviewer.id, notes: "Strong co-production", scores: [{ criterionId: criterion?.id ?? "", score: 4 }], priorityIds: [] });
    expect(await getPublishedReasoning(db, proposal.id, world.plan.id)).toBeNull();

    const resident = await makeUser(db);
    await actAs(resident.id);
    expect(await publishReasoningAction(null, form({ planId: world.plan.id }))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await getPublishedReasoning(db, proposal.id, world.plan.id)).toBeNull();

    await actAs(reviewer.id);
    expect(await publishReasoningAction(null, form({ planId: world.plan.id }))).toMatchObject({ ok: true });
    const reasoning = await getPublishedReasoning(db, proposal.id, world.plan.id);
    expect(reasoning?.notes).toEqual(["Strong co-production"]);
    expect(JSON.stringify(reasoning)).not.toContain(reviewer.email ?? "@");
    expect(await publishReasoningAction(null, form({ planId: world.plan.id }))).toMatchObject({ ok: false, message: "The reasoning is already public." });
  });
});
