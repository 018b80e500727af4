import { and, eq } from "drizzle-orm";
import { assessmentCriteria, plans, proposals } from "../db/schema";
import { expect, test } from "./fixtures";
import { signInAsPersona } from "./support/sign-in";

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
  await reviewer.goto(`/proposals/${fallback.id}`);
  await reviewer.getByRole("link", { name: "Assess this proposal" }).click();
  await expectAccessible(reviewer);
  for (const criterion of criteria) await reviewer.getByLabel(criterion.name, { exact: true }).selectOption("4");
  await reviewer.getByLabel("Notes").fill("Strong local backing; needs a firmer delivery plan.");
  await reviewer.getByRole("button", { name: "Save assessment" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: /saved/i }).first()).toBeVisible();
  await reviewer.reload();
  await expect(reviewer.getByRole("row", { name: `${criteria[0]?.name ?? ""} 4 4 1` })).toBeVisible();

  await reviewer.goto(`/proposals/${fallback.id}/respond`);
  await expectAccessible(reviewer);
  await reviewer.getByLabel("Public response").fill("Thank you. The LEP will look at this again when the shortlist is drawn up in January.");
  await reviewer.getByRole("button", { name: "Publish response" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: /publish/i }).first()).toBeVisible();

  const resident = await (await browser.newContext(phone)).newPage();
  await resident.goto(`/proposals/${fallback.id}`);
  await expect(resident.getByText("Thank you. The LEP will look at this again when the shortlist is drawn up in January.")).toBeVisible();
  await expect(resident.getByText("Strong local backing")).toHaveCount(0);
  await expectAccessible(resident);
});
