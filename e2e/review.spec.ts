import { and, eq } from "drizzle-orm";
import { assessmentCriteria, plans, proposals } from "../db/schema";
import { expect, test } from "./fixtures";
import { ProposalPage } from "./pages/proposal-page";
import { AssessPage, RespondPage } from "./pages/review-pages";
import { signInAsPersona } from "./pages/sign-in-page";

const phone = { viewport: { width: 360, height: 780 } };

test("a reviewer assesses a proposal and staff publish an official response the public can read", async ({ browser, db, expectAccessible }) => {
  test.setTimeout(120_000);
  const [plan] = await db.select().from(plans).where(eq(plans.slug, "northbridge-2027"));
  const [proposal] = await db.select().from(proposals).where(and(eq(proposals.planId, plan?.id ?? ""), eq(proposals.status, "published"), eq(proposals.supportCount, 0))).limit(1);
  const [fallback] = proposal ? [proposal] : await db.select().from(proposals).where(and(eq(proposals.planId, plan?.id ?? ""), eq(proposals.status, "published"))).limit(1);
  if (!plan || !fallback) throw new Error("demo data missing");
  const criteria = await db.select().from(assessmentCriteria).where(eq(assessmentCriteria.planId, plan.id));
  expect(criteria.length).toBeGreaterThan(0);

  const reviewer = await (await browser.newContext(phone)).newPage();
  await signInAsPersona(reviewer, "Helen Marsh");
  await reviewer.goto(`/plans/${plan.slug}/review`);
  await expectAccessible(reviewer);
  const assess = new AssessPage(reviewer);
  const respond = new RespondPage(reviewer);
  const proposalPage = new ProposalPage(reviewer);
  await proposalPage.goto(fallback.id);
  await proposalPage.openAssessment();
  await expectAccessible(reviewer);
  await assess.scoreEvery(criteria, "4");
  await assess.fillNotes("Strong local backing; needs a firmer delivery plan.");
  await assess.save();
  await expect(assess.savedStatus()).toBeVisible();
  await reviewer.reload();
  await expect(assess.scoreRow(`${criteria[0]?.name ?? ""} 4 4 1`)).toBeVisible();

  await respond.goto(fallback.id);
  await expectAccessible(reviewer);
  await respond.publish("Thank you. The LEP will look at this again when the shortlist is drawn up in January.");
  await expect(respond.publishedStatus()).toBeVisible();

  const resident = await (await browser.newContext(phone)).newPage();
  await new ProposalPage(resident).goto(fallback.id);
  await expect(resident.getByText("Thank you. The LEP will look at this again when the shortlist is drawn up in January.")).toBeVisible();
  await expect(resident.getByText("Strong local backing")).toHaveCount(0);
  await expectAccessible(resident);
});
