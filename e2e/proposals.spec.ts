import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import { notifications, proposals, users } from "../db/schema";
import { expect, test } from "./fixtures";
import { PlanPage } from "./pages/plan-page";
import { ProposalPage } from "./pages/proposal-page";
import { ProposeForm } from "./pages/propose-form";
import { signInAsPersona } from "./pages/sign-in-page";

const phone = { viewport: { width: 360, height: 780 } };

async function photo(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 40, g: 120, b: 80 } } }).jpeg().toBuffer();
}

test("a resident proposes with a need and a photo; a business pledges two apprenticeships; the author confirms; lists and the follower reflect it", async ({ browser, db, expectAccessible }) => {
  test.setTimeout(180_000);
  const suffix = randomBytes(3).toString("hex");
  const title = `Bike repair apprenticeships ${suffix}`;

  // The resident proposes on her phone.
  const resident = await (await browser.newContext(phone)).newPage();
  await signInAsPersona(resident, "Kayleigh Brennan");
  const residentPlan = new PlanPage(resident);
  const form = new ProposeForm(resident);
  const residentProposal = new ProposalPage(resident);
  await residentPlan.goto("northbridge-2027");
  await residentPlan.openProposeForm();
  await expect(form.heading()).toContainText(/propose/i);
  await expectAccessible(resident);
  await form.title().fill(title);
  await form.neighbourhood().selectOption({ label: "St Aidan's" });
  await form.theme().selectOption({ label: "Skills and employment" });
  await form.summary().fill("Young people fix donated bikes and learn a trade, with a wage.");
  await form.description().fill("We will run it from the **community centre** on weekday afternoons.");
  await form.cost().fill("£8,000");
  await form.addNeed("Jobs or apprenticeships", "Two apprenticeship placements with a local employer");
  await expect(form.draftSaved()).toBeVisible({ timeout: 15_000 });
  await form.uploadPhoto({ name: "bikes.jpg", mimeType: "image/jpeg", buffer: await photo() }, "Donated bikes lined up outside the community centre");
  await expect(form.photoAdded()).toBeVisible({ timeout: 15_000 });
  await form.publish();
  await expect(residentProposal.heading(title)).toBeVisible({ timeout: 15_000 });
  await expect(resident.getByRole("img", { name: "Donated bikes lined up outside the community centre" })).toBeVisible();
  await expectAccessible(resident);
  const proposalUrl = resident.url();

  // Someone follows it.
  const follower = await (await browser.newContext(phone)).newPage();
  await signInAsPersona(follower, "Femi Adebayo");
  await follower.goto(proposalUrl);
  const followed = new ProposalPage(follower);
  await followed.follow();
  await expect(followed.unfollowButton()).toBeVisible();

  // A business member answers the need with a pledge for the business.
  const business = await (await browser.newContext(phone)).newPage();
  await signInAsPersona(business, "Neil Thackray");
  await business.goto(proposalUrl);
  await new ProposalPage(business).pledge({ pledger: /Holroyd/, need: "Jobs or apprenticeships: Two apprenticeship placements with a local employer", quantity: "2" });
  await expect(business.getByText(/Holroyd/).first()).toBeVisible();
  await expectAccessible(business);

  // The author confirms; the ledger shows it confirmed.
  await resident.reload();
  await residentProposal.confirmPledge(/^Confirm Holroyd/);
  await expect(residentProposal.ledgerRow(/Confirmed by the proposer/)).not.toContainText("£0");
  const [stored] = await db.select().from(proposals).where(eq(proposals.title, title));
  expect(stored?.pledgedValuePence).toBeGreaterThan(0);
  expect(stored?.openNeedCount).toBe(0);

  // The plan's leverage sort, search and each filter find it.
  const visitor = await (await browser.newContext(phone)).newPage();
  const visitorPlan = new PlanPage(visitor);
  await visitorPlan.goto("northbridge-2027", "sort=leverage");
  const leverageTitles = await visitorPlan.proposalHeadings().allTextContents();
  expect(leverageTitles.slice(0, 20)).toContain(title);
  const find = async (query: string) => {
    await visitorPlan.goto("northbridge-2027", query);
    return visitorPlan.proposalLink(title);
  };
  await expect(await find(`q=${encodeURIComponent("bike repair")}`)).toBeVisible();
  await expect(await find(`theme=${stored?.themeId}`)).toBeVisible();
  await expect(await find(`area=${stored?.areaId}&sort=pledged`)).toBeVisible();
  await expect(await find("band=1-2&sort=leverage")).toBeVisible();
  await expect(await find("status=published&sort=leverage")).toBeVisible();
  await expect(await find("by=resident&sort=leverage")).toBeVisible();
  await visitorPlan.goto("northbridge-2027", `needs=1&q=${encodeURIComponent(title)}`);
  await expect(visitorPlan.proposalLink(title)).toHaveCount(0);
  await expectAccessible(visitor);

  // The follower has been told.
  const [femi] = await db.select().from(users).where(eq(users.name, "Femi Adebayo"));
  const told = await db.select().from(notifications).where(and(eq(notifications.userId, femi?.id ?? ""), eq(notifications.proposalId, stored?.id ?? "")));
  expect(told.length).toBeGreaterThan(0);
  await follower.goto("/notifications");
  await expect(follower.getByRole("link", { name: told[0]?.title ?? "" }).first()).toBeVisible();
  await expectAccessible(follower);
});

test("a refused publish and an offline submit keep everything typed", async ({ browser }) => {
  const page = await (await browser.newContext(phone)).newPage();
  await signInAsPersona(page, "Kayleigh Brennan");
  const form = new ProposeForm(page);
  await form.goto("northbridge-2027");
  const title = `Half-finished idea ${randomBytes(3).toString("hex")}`;
  await form.title().fill(title);
  await form.summary().fill("Somewhere warm for older people to meet on winter afternoons.");
  await form.cost().fill("-50");
  await form.publish();
  await expect(page.getByText("The cost cannot be negative").first()).toBeVisible();
  await expect(form.title()).toHaveValue(title);
  await expect(form.summary()).toHaveValue("Somewhere warm for older people to meet on winter afternoons.");
  await expect(form.cost()).toHaveValue("-50");

  await form.neighbourhood().selectOption({ label: "St Aidan's" });
  await form.theme().selectOption({ label: "Health and wellbeing" });
  await form.cost().fill("£2,500");
  await page.context().setOffline(true);
  await form.publish();
  await expect(page.getByText(/You seem to be offline/).first()).toBeVisible({ timeout: 15_000 });
  await expect(form.title()).toHaveValue(title);
  await expect(form.cost()).toHaveValue("£2,500");
  await page.context().setOffline(false);
  await form.publish();
  await expect(new ProposalPage(page).heading(title)).toBeVisible({ timeout: 15_000 });
});
