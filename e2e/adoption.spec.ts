import { and, desc, eq, inArray } from "drizzle-orm";
import { assessmentCriteria, assessments, deliveryUpdates, notifications, plans, proposals } from "../db/schema";
import { expect, test } from "./fixtures";
import { expectNoSidewaysScroll } from "./pages/layout";
import { PlanPage } from "./pages/plan-page";
import { ProposalPage } from "./pages/proposal-page";
import { AssessPage, PlanReviewPage, RespondPage } from "./pages/review-pages";
import { signInAsPersona, signInByEmail } from "./pages/sign-in-page";

const phone = { viewport: { width: 360, height: 780 } };

test("reviewers assess and combine scores, an interest stops scoring, staff respond and publish the plan, a resident reads it and a delivery update", async ({ browser, db, expectAccessible }) => {
  test.setTimeout(180_000);
  const [plan] = await db.select().from(plans).where(eq(plans.slug, "northbridge-2027"));
  if (!plan) throw new Error("demo plan missing");
  const criteria = await db.select().from(assessmentCriteria).where(eq(assessmentCriteria.planId, plan.id));
  const candidates = await db.select().from(proposals).where(and(eq(proposals.planId, plan.id), eq(proposals.status, "published"))).orderBy(desc(proposals.title)).limit(3);
  const [first, second, third] = candidates;
  if (!first || !second || !third) throw new Error("not enough demo proposals");

  const helen = await (await browser.newContext(phone)).newPage();
  await signInAsPersona(helen, "Helen Marsh");
  const helenAssesses = new AssessPage(helen);
  await helenAssesses.score(first.id, criteria, "5");
  await helenAssesses.score(second.id, criteria, "3");
  const tom = await (await browser.newContext(phone)).newPage();
  await signInByEmail(tom, "tom.oduya@example.org");
  const tomAssesses = new AssessPage(tom);
  await tomAssesses.score(first.id, criteria, "3");

  // Combined: mean 4 with a spread of 3–5 from two reviewers.
  await helenAssesses.goto(first.id);
  await expect(helenAssesses.scoreRow(`${criteria[0]?.name ?? ""} 4 3–5 2`)).toBeVisible();
  await expectAccessible(helen);

  // Tom declares an interest in the third and cannot score it.
  await tomAssesses.goto(third.id);
  await tomAssesses.declareInterest("My sister runs the group behind it");
  await expect(tom.getByText("You have declared an interest in this proposal, so you cannot score it.")).toBeVisible();
  await expect(tomAssesses.saveButton()).toHaveCount(0);

  // Staff publish a response; the author is told.
  const respond = new RespondPage(helen);
  await respond.goto(second.id);
  await respond.publish("Thank you: we will look at this with the transport team before the shortlist.");
  await expect(respond.publishedStatus()).toBeVisible();
  const told = await db.select().from(notifications).where(and(eq(notifications.userId, second.authorId), eq(notifications.proposalId, second.id)));
  expect(told.some((n) => n.kind === "response.published")).toBe(true);

  // Staff adopt and publish the finished plan as a new version.
  const [finished] = await db.select().from(plans).where(eq(plans.slug, "northbridge-2026"));
  if (!finished) throw new Error("finished plan missing");
  await helen.goto(`/plans/${finished.slug}/adopt`);
  await expectAccessible(helen);
  await helen.getByRole("textbox", { name: "Summary" }).fill("Eight projects chosen by residents, backed by the community's own time, space and skills.");
  await helen.getByRole("button", { name: /^Publish version \d+$/ }).click();
  await expect(helen.getByRole("status").filter({ hasText: /publish/i }).first()).toBeVisible();

  await helen.goto(`/plans/${plan.slug}/responses`);
  await expectAccessible(helen);

  // The finished plan publishes its reviewers' reasoning; the public can then read it.
  const review = new PlanReviewPage(helen);
  await review.goto(finished.slug);
  await review.publishReasoning();
  await expect(helen.getByText("The reviewers' reasoning is public on each proposal.")).toBeVisible();
  const [assessed] = await db.select({ proposalId: assessments.proposalId }).from(assessments).innerJoin(proposals, eq(proposals.id, assessments.proposalId)).where(eq(proposals.planId, finished.id)).limit(1);

  // An officer posts a delivery update on an adopted project.
  const adoptedIds = (await db.select({ id: proposals.id }).from(proposals).where(and(eq(proposals.planId, finished.id), inArray(proposals.status, ["adopted", "in_delivery", "delivered"])))).map((a) => a.id);
  const officer = await (await browser.newContext(phone)).newPage();
  await signInAsPersona(officer, "Gareth Lowe");
  await officer.goto(`/proposals/${adoptedIds[0]}/delivery`);
  await expectAccessible(officer);
  await officer.getByLabel("Progress").fill("The first six apprentices started on Monday at the depot.");
  await officer.getByRole("button", { name: "Publish update" }).click();
  await expect(officer.getByRole("status").filter({ hasText: /update|publish/i }).first()).toBeVisible();

  // A resident on a phone reads the published plan and a delivery update.
  const resident = await (await browser.newContext(phone)).newPage();
  const finishedPlan = new PlanPage(resident);
  await finishedPlan.goto(finished.slug);
  await finishedPlan.openAdoptedPlan();
  await expect(resident.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(resident);
  await expectNoSidewaysScroll(resident);
  const adopted = await db.select({ id: proposals.id }).from(proposals).where(and(eq(proposals.planId, finished.id), inArray(proposals.status, ["adopted", "in_delivery", "delivered"])));
  const [update] = await db.select().from(deliveryUpdates).where(inArray(deliveryUpdates.proposalId, adopted.map((a) => a.id))).limit(1);
  if (!update) throw new Error("the demo has no delivery update");
  const residentProposal = new ProposalPage(resident);
  await residentProposal.goto(assessed?.proposalId ?? "");
  await expect(resident.getByRole("heading", { name: "How the reviewers assessed it" })).toBeVisible();
  await expectAccessible(resident);
  await residentProposal.goto(update.proposalId);
  await expect(resident.getByText(update.body.slice(0, 40)).first()).toBeVisible();
  await expectAccessible(resident);
});
