import { randomBytes } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { areas, needs, plans, pledges, proposals, themes, users } from "../db/schema";
import { expect, test } from "./fixtures";
import { expectNoSidewaysScroll } from "./pages/layout";
import { PlanPage } from "./pages/plan-page";
import { ProposalPage } from "./pages/proposal-page";

test("a resident on a phone goes from home to a plan, a proposal and its neighbourhood", async ({ page, db, expectAccessible }) => {
  const [plan] = await db.select().from(plans).where(eq(plans.slug, "northbridge-2027"));
  if (!plan) throw new Error("demo plan missing: the demo seed should create northbridge-2027");
  const [area] = await db.select().from(areas).where(eq(areas.regionId, plan.regionId)).orderBy(asc(areas.imdDecile), asc(areas.name)).limit(1);
  const [theme] = await db.select().from(themes).where(eq(themes.regionId, plan.regionId)).limit(1);
  const [author] = await db.select().from(users).orderBy(asc(users.email)).limit(1);
  if (!area || !theme || !author) throw new Error("demo seed incomplete");

  const title = `Tool library at the community centre ${randomBytes(3).toString("hex")}`;
  const [proposal] = await db
    .insert(proposals)
    .values({
      planId: plan.id,
      areaId: area.id,
      themeId: theme.id,
      authorId: author.id,
      title,
      summary: "Borrow a drill instead of buying one.",
      body: "We would like to run a **tool library** on Saturday mornings.\n\n- drills\n- ladders",
      estimatedCostPence: 1_200_000,
      status: "published",
      publishedAt: new Date(Date.now() + 60_000),
      openNeedCount: 1,
    })
    .returning();
  if (!proposal) throw new Error("proposal not seeded");
  await db.insert(needs).values({ proposalId: proposal.id, kind: "premises", description: "A lock-up room near the high street" });
  await db.insert(pledges).values({ proposalId: proposal.id, pledgerId: author.id, kind: "volunteer_hours", quantity: 40, unit: "hours", status: "confirmed" });

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Plan your area's economy together" })).toBeVisible();
  await expectAccessible();
  await expectNoSidewaysScroll(page);

  const planPage = new PlanPage(page);
  await page.getByRole("link", { name: plan.title }).click();
  await expect(planPage.heading(plan.title)).toBeVisible();
  await expect(page.getByText("Ideas phase")).toBeVisible();
  await expectAccessible();
  await expectNoSidewaysScroll(page);

  await planPage.proposalLink(title).click();
  await expect(new ProposalPage(page).heading(title)).toBeVisible();
  await expect(page.locator(".prose-body strong")).toHaveText("tool library");
  await expect(page.getByText("A lock-up room near the high street")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Co-production ledger" })).toBeVisible();
  await expect(page.getByText("£12,000").first()).toBeVisible();
  await expectAccessible();
  await expectNoSidewaysScroll(page);

  await page.getByRole("main").getByRole("link", { name: area.name }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: area.name })).toBeVisible();
  await expect(page.getByText(`IMD decile ${area.imdDecile}`).first()).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible();
  await expectNoSidewaysScroll(page);
});

test("the home page's neighbourhood picker works without JavaScript", async ({ browser, db }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  const [area] = await db.select().from(areas).orderBy(asc(areas.name)).limit(1);
  if (!area) throw new Error("no areas");
  await page.goto("/");
  await page.getByLabel("Your neighbourhood", { exact: true }).selectOption({ label: area.name });
  await page.getByRole("button", { name: "Show my neighbourhood" }).click();
  await expect(page.getByRole("heading", { level: 1, name: area.name })).toBeVisible();
  await context.close();
});

test("a plan's proposals are paginated and each page links to the next", async ({ page, db, expectAccessible }) => {
  const [plan] = await db.select().from(plans).where(eq(plans.slug, "northbridge-2027"));
  if (!plan) throw new Error("demo plan missing");
  const planPage = new PlanPage(page);
  await planPage.goto(plan.slug);
  const pages = planPage.proposalPages();
  await expect(pages.getByText(/Showing 1–20 of \d+/)).toBeVisible();
  const firstOnPageOne = await planPage.firstProposalHeading().textContent();
  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(pages.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
  await expect(pages.getByText(/Showing 21–\d+ of \d+/)).toBeVisible();
  expect(await planPage.firstProposalHeading().textContent()).not.toBe(firstOnPageOne);
  await expectAccessible();
});

test("unknown addresses and unpublished proposals show a not-found page, never an error", async ({ page, db }) => {
  const [published] = await db.select().from(proposals).where(eq(proposals.status, "published")).limit(1);
  if (!published) throw new Error("no published proposal in the demo");
  const [draft] = await db
    .insert(proposals)
    .values({
      planId: published.planId,
      areaId: published.areaId,
      themeId: published.themeId,
      authorId: published.authorId,
      title: "A draft nobody else should see",
      summary: published.summary,
      estimatedCostPence: published.estimatedCostPence,
      status: "draft",
    })
    .returning({ id: proposals.id });
  if (!draft) throw new Error("draft not seeded");
  const paths = ["/plans/no-such-plan", "/proposals/not-a-uuid", "/proposals/00000000-0000-4000-8000-000000000000", "/neighbourhoods/123", `/proposals/${draft.id}`];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  }
  await new PlanPage(page).goto("northbridge-2027");
  await expect(page.getByText("A draft nobody else should see")).toHaveCount(0);
});

test("the health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "postgres" });
});
