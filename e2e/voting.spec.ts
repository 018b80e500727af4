import { randomBytes } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { areas, planPhases, plans, proposals, regions, themes, users } from "../db/schema";
import { expect, test } from "./fixtures";
import { BallotPage } from "./pages/ballot-page";
import { ManagePlanPage } from "./pages/manage-plan-page";
import { PlanPage } from "./pages/plan-page";
import { ResultsPage } from "./pages/results-page";
import { signInAsPersona } from "./pages/sign-in-page";

const phone = { viewport: { width: 360, height: 780 } };

test("a resident fills a knapsack ballot, is stopped from overspending, casts and changes it, and sees why a project lost", async ({ browser, db, expectAccessible }) => {
  test.setTimeout(120_000);
  const suffix = randomBytes(3).toString("hex");
  const [region] = await db.select().from(regions).where(eq(regions.slug, "northbridge"));
  if (!region) throw new Error("demo region missing");
  const [area] = await db.select().from(areas).where(eq(areas.regionId, region.id)).orderBy(asc(areas.name)).limit(1);
  const [theme] = await db.select().from(themes).where(eq(themes.regionId, region.id)).limit(1);
  const [author] = await db.select().from(users).where(eq(users.name, "Sharon Whitaker"));
  const [anyAuthor] = author ? [author] : await db.select().from(users).limit(1);
  if (!area || !theme || !anyAuthor) throw new Error("demo data missing");
  const [plan] = await db
    .insert(plans)
    .values({ regionId: region.id, slug: `winter-fund-${suffix}`, title: `Winter Fund ${suffix}`, summary: "A small fund decided by residents.", phase: "voting", budgetPence: 1_000_000, ballotMethod: "knapsack", outcomeRule: "greedy", rulesFrozenAt: new Date() })
    .returning();
  if (!plan) throw new Error("plan not created");
  await db.insert(planPhases).values({ planId: plan.id, phase: "voting", startsAt: new Date(Date.now() - 86_400_000), endsAt: new Date(Date.now() + 7 * 86_400_000) });
  const project = (title: string, pence: number) => ({ planId: plan.id, areaId: area.id, themeId: theme.id, authorId: anyAuthor.id, title, summary: `${title}, costed by the council.`, estimatedCostPence: pence, finalCostPence: pence, status: "on_ballot" as const, publishedAt: new Date() });
  await db.insert(proposals).values([project("Warm hub at the library", 600_000), project("Grit bins for steep streets", 300_000), project("Draught-proofing workshop", 250_000)]);

  const resident = await (await browser.newContext(phone)).newPage();
  await signInAsPersona(resident, "Kayleigh Brennan");
  const ballot = new BallotPage(resident);
  const planPage = new PlanPage(resident);
  await planPage.goto(plan.slug);
  await planPage.openBallot();
  await expect(resident.getByText("Chosen £0 of £10,000. £10,000 left.")).toBeVisible();
  await expectAccessible(resident);

  await ballot.choice(/Warm hub at the library/).check();
  await ballot.choice(/Grit bins for steep streets/).check();
  await expect(resident.getByText("Chosen £9,000 of £10,000. £1,000 left.")).toBeVisible();
  // Clicking the third would overspend: the box stays unticked and the reason is read out.
  await ballot.choice(/Draught-proofing workshop/).click();
  await expect(ballot.overspendAlert("Draught-proofing workshop costs £2,500 but only £1,000 is left.")).toBeVisible();
  await expect(ballot.choice(/Draught-proofing workshop/)).not.toBeChecked();

  await ballot.review();
  await expect(ballot.checkHeading()).toBeVisible();
  await expectAccessible(resident);
  await ballot.cast();
  await expect(ballot.countedHeading()).toBeVisible();
  const reference = (await ballot.reference().textContent()) ?? "";
  expect(reference).toMatch(/^PP-/);
  await expectAccessible(resident);

  // Change it: swap the warm hub for the workshop.
  await ballot.change();
  await ballot.choice(/Warm hub at the library/).uncheck();
  await ballot.choice(/Draught-proofing workshop/).check();
  await ballot.review();
  await ballot.cast();
  await expect(ballot.countedHeading()).toBeVisible();
  await resident.reload();
  await expect(resident.getByText(`Reference ${reference}`, { exact: false })).toBeVisible();
  await expect(resident.getByText(/Your choices: Draught-proofing workshop; Grit bins for steep streets\./)).toBeVisible();

  // An officer closes voting.
  const officer = await (await browser.newContext(phone)).newPage();
  await signInAsPersona(officer, "Gareth Lowe");
  const manage = new ManagePlanPage(officer);
  await manage.goto(plan.slug);
  await expectAccessible(officer);
  await manage.closeVoting();
  await expect(officer.getByText("Voting is closed and the ballots are counted.")).toBeVisible();

  const results = new ResultsPage(resident);
  await results.goto(plan.slug);
  await expect(results.heading(plan.title)).toBeVisible();
  await expect(resident.getByText(/Ties are broken by project id as text, ascending/)).toBeVisible();
  const lost = results.project(/Warm hub at the library/);
  await expect(lost).toContainText("Not selected");
  await expect(lost).toContainText(/Nobody voted for it|did not fit|Did not fit/);
  await expect(results.project(/Grit bins for steep streets/)).toContainText("Selected");
  await expectAccessible(resident);
  const csv = await results.downloadCsv(plan.slug);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("Grit bins for steep streets");
});
