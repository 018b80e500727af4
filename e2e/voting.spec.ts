import { randomBytes } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { areas, planPhases, plans, proposals, regions, themes, users } from "../db/schema";
import { expect, test } from "./fixtures";
import { signInAsPersona } from "./support/sign-in";

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
  await resident.goto(`/plans/${plan.slug}`);
  await resident.getByRole("link", { name: "Vote now" }).click();
  await expect(resident.getByText("Chosen £0 of £10,000. £10,000 left.")).toBeVisible();
  await expectAccessible(resident);

  await resident.getByLabel(/Warm hub at the library/).check();
  await resident.getByLabel(/Grit bins for steep streets/).check();
  await expect(resident.getByText("Chosen £9,000 of £10,000. £1,000 left.")).toBeVisible();
  // Clicking the third would overspend: the box stays unticked and the reason is read out.
  await resident.getByLabel(/Draught-proofing workshop/).click();
  await expect(resident.getByRole("alert").filter({ hasText: "Draught-proofing workshop costs £2,500 but only £1,000 is left." })).toBeVisible();
  await expect(resident.getByLabel(/Draught-proofing workshop/)).not.toBeChecked();

  await resident.getByRole("button", { name: "Review my choices" }).click();
  await expect(resident.getByRole("heading", { name: "Check your ballot" })).toBeVisible();
  await expectAccessible(resident);
  await resident.getByRole("button", { name: "Cast my ballot" }).click();
  await expect(resident.getByRole("heading", { name: "Your ballot is counted" }).first()).toBeVisible();
  const reference = (await resident.getByText(/^PP-[A-Z0-9]{4}-[A-Z0-9]{4}$/).first().textContent()) ?? "";
  expect(reference).toMatch(/^PP-/);
  await expectAccessible(resident);

  // Change it: swap the warm hub for the workshop.
  await resident.getByRole("button", { name: "Change my ballot" }).click();
  await resident.getByLabel(/Warm hub at the library/).uncheck();
  await resident.getByLabel(/Draught-proofing workshop/).check();
  await resident.getByRole("button", { name: "Review my choices" }).click();
  await resident.getByRole("button", { name: "Cast my ballot" }).click();
  await expect(resident.getByRole("heading", { name: "Your ballot is counted" }).first()).toBeVisible();
  await resident.reload();
  await expect(resident.getByText(`Reference ${reference}`, { exact: false })).toBeVisible();
  await expect(resident.getByText(/Your choices: Draught-proofing workshop; Grit bins for steep streets\./)).toBeVisible();

  // An officer closes voting.
  const officer = await (await browser.newContext(phone)).newPage();
  await signInAsPersona(officer, "Gareth Lowe");
  await officer.goto(`/plans/${plan.slug}/manage`);
  await expectAccessible(officer);
  await officer.getByRole("button", { name: "Close voting and count the ballots" }).click();
  await expect(officer.getByText("Voting is closed and the ballots are counted.")).toBeVisible();

  await resident.goto(`/plans/${plan.slug}/results`);
  await expect(resident.getByRole("heading", { level: 1, name: `Results: ${plan.title}` })).toBeVisible();
  await expect(resident.getByText(/Ties are broken by project id as text, ascending/)).toBeVisible();
  const lost = resident.getByRole("row", { name: /Warm hub at the library/ });
  await expect(lost).toContainText("Not selected");
  await expect(lost).toContainText(/Nobody voted for it|did not fit|Did not fit/);
  await expect(resident.getByRole("row", { name: /Grit bins for steep streets/ })).toContainText("Selected");
  await expectAccessible(resident);
  const csv = await resident.request.get(`/plans/${plan.slug}/results/csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("Grit bins for steep streets");
});
