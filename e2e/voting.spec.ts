import { createHash } from "node:crypto";
import { expect, test } from "./fixtures";
import { BallotPage } from "./pages/ballot-page";
import { ManagePlanPage } from "./pages/manage-plan-page";
import { PlanPage } from "./pages/plan-page";
import { ResultsPage } from "./pages/results-page";
import { signInAsPersona } from "./pages/sign-in-page";
import { seedVotingPlan } from "./support/seed-voting-plan";

const phone = { viewport: { width: 360, height: 780 } };

test("a resident fills a knapsack ballot, is stopped from overspending, casts and changes it, and sees why a project lost", async ({ browser, db, expectAccessible }) => {
  test.setTimeout(120_000);
  const plan = await seedVotingPlan(db, "Winter Fund", { ballotMethod: "knapsack", outcomeRule: "greedy" });

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
  // Anyone can check the count: the one ballot cast, as a .pb file whose SHA-256 the page shows.
  await expect(results.ballotsFile()).toBeVisible();
  await expect(results.ballotsFile()).toHaveText("Download the ballots that were counted (.pb, 1 ballot)");
  await expect(results.ballotsHash()).toBeVisible();
  await expect(resident.getByText("npm run --silent pb -- tally", { exact: false })).toBeVisible();
  await expectAccessible(resident);
  const pb = await results.downloadBallots(plan.slug);
  expect(pb.status()).toBe(200);
  expect(pb.headers()["content-disposition"]).toBe(`attachment; filename="${plan.slug}-ballots.pb"`);
  expect(createHash("sha256").update(await pb.text(), "utf8").digest("hex")).toBe(await results.ballotsHash().textContent());
  const csv = await results.downloadCsv(plan.slug);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("Grit bins for steep streets");
});
