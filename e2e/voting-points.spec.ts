import { expect, test } from "./fixtures";
import { BallotPage } from "./pages/ballot-page";
import { ManagePlanPage } from "./pages/manage-plan-page";
import { PlanPage } from "./pages/plan-page";
import { ResultsPage } from "./pages/results-page";
import { signInAsPersona } from "./pages/sign-in-page";
import { seedVotingPlan } from "./support/seed-voting-plan";

const phone = { viewport: { width: 360, height: 780 } };

test("a resident spreads points, is told when over (with and without JavaScript), casts, and the count is by points", async ({ browser, db, expectAccessible }) => {
  test.setTimeout(120_000);
  const plan = await seedVotingPlan(db, "Points Fund", { ballotMethod: "cumulative", cumulativePoints: 10, outcomeRule: "greedy", requiresVerifiedVoters: false });

  const residentContext = await browser.newContext(phone);
  const resident = await residentContext.newPage();
  await signInAsPersona(resident, "Kayleigh Brennan");
  const ballot = new BallotPage(resident);
  const planPage = new PlanPage(resident);
  await planPage.goto(plan.slug);
  await planPage.openBallot();
  await expect(ballot.pointsLeft(10, 10)).toBeVisible();
  await expectAccessible(resident);

  // Points left follows the typing; over the ten, the page says so and nothing is sent.
  await ballot.spread({ "Warm hub at the library": 6, "Grit bins for steep streets": 7 });
  await expect(ballot.pointsLeft(0, 10)).toBeVisible();
  await expect(ballot.pointsProblem("You have spread 13 points; you have 10.")).toBeVisible();
  await expectAccessible(resident);
  await ballot.cast();
  await expect(ballot.countedHeading()).not.toBeVisible();

  await ballot.spread({ "Warm hub at the library": 2 });
  await expect(ballot.pointsLeft(1, 10)).toBeVisible();
  await expect(ballot.pointsProblem("You have spread 13 points")).not.toBeVisible();
  await ballot.cast();
  await expect(ballot.countedHeading()).toBeVisible();
  await expect(resident.getByText("Warm hub at the library (2 points)", { exact: true })).toBeVisible();
  await expect(resident.getByText("Grit bins for steep streets (7 points)", { exact: true })).toBeVisible();
  const reference = (await ballot.reference().textContent()) ?? "";
  expect(reference).toMatch(/^PP-/);
  await expectAccessible(resident);

  // Without JavaScript the server does the sum: a ballot over the points comes back with what was typed.
  const plain = await (await browser.newContext({ ...phone, javaScriptEnabled: false, storageState: await residentContext.storageState() })).newPage();
  const plainBallot = new BallotPage(plain);
  await plain.goto(`/plans/${plan.slug}/ballot`);
  await expect(plainBallot.points("Grit bins for steep streets")).toHaveValue("7");
  await plainBallot.spread({ "Draught-proofing workshop": 5 });
  await plainBallot.cast();
  await expect(plainBallot.pointsProblem("You have spread 14 points; you have 10.")).toBeVisible();
  await expect(plainBallot.pointsLeft(0, 10)).toBeVisible();
  await expect(plainBallot.points("Draught-proofing workshop")).toHaveValue("5");
  await expect(plainBallot.points("Warm hub at the library")).toHaveValue("2");
  // axe runs as a script in the page, which this context forbids; the same refusal was checked with JavaScript above.
  // Nothing was written: the ballot still holds the points cast with JavaScript.
  await resident.reload();
  await expect(resident.getByText(`Reference ${reference}`, { exact: false })).toBeVisible();
  await expect(resident.getByText(/Your choices: Grit bins for steep streets \(7 points\); Warm hub at the library \(2 points\)\./)).toBeVisible();

  // An officer closes voting and counts: greedy ranks by points.
  const officer = await (await browser.newContext(phone)).newPage();
  await signInAsPersona(officer, "Gareth Lowe");
  const manage = new ManagePlanPage(officer);
  await manage.goto(plan.slug);
  await manage.closeVoting();
  await expect(officer.getByText("Voting is closed and the ballots are counted.")).toBeVisible();

  const results = new ResultsPage(resident);
  await results.goto(plan.slug);
  await expect(results.heading(plan.title)).toBeVisible();
  await expect(results.countColumn("Points")).toBeVisible();
  await expect(resident.getByText(/each resident spread 10 points/)).toBeVisible();
  const grit = results.project(/Grit bins for steep streets/);
  await expect(grit).toContainText("Selected");
  await expect(grit).toContainText("with 7 points it ranked 1st");
  await expect(results.project(/Warm hub at the library/)).toContainText("with 2 points it ranked 2nd");
  const workshop = results.project(/Draught-proofing workshop/);
  await expect(workshop).toContainText("Not selected");
  await expect(workshop).toContainText("Nobody gave it any points.");
  await expectAccessible(resident);
});
