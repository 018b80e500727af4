import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import { notifications, proposals, users } from "../db/schema";
import { expect, test } from "./fixtures";
import { signInAsPersona } from "./support/sign-in";

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
  await resident.goto("/plans/northbridge-2027");
  await resident.getByRole("link", { name: "Propose an idea" }).click();
  await expect(resident.getByRole("heading", { level: 1 })).toContainText(/propose/i);
  await expectAccessible(resident);
  await resident.getByLabel("Your idea in a few words").fill(title);
  await resident.getByLabel("Neighbourhood", { exact: true }).selectOption({ label: "St Aidan's" });
  await resident.getByLabel("Theme").selectOption({ label: "Skills and employment" });
  await resident.getByLabel("Summary").fill("Young people fix donated bikes and learn a trade, with a wage.");
  await resident.getByLabel("Description (optional)", { exact: true }).fill("We will run it from the **community centre** on weekday afternoons.");
  await resident.getByLabel("Estimated cost").fill("£8,000");
  await resident.getByRole("button", { name: "Add a need" }).click();
  await resident.getByLabel("Kind of help").selectOption({ label: "Jobs or apprenticeships" });
  await resident.getByLabel("What exactly is needed").fill("Two apprenticeship placements with a local employer");
  await expect(resident.getByText(/Draft saved at/)).toBeVisible({ timeout: 15_000 });
  await resident.getByLabel("Photo", { exact: true }).setInputFiles({ name: "bikes.jpg", mimeType: "image/jpeg", buffer: await photo() });
  await resident.getByLabel("Describe the photo").fill("Donated bikes lined up outside the community centre");
  await resident.getByRole("button", { name: "Upload photo" }).click();
  await expect(resident.getByText("Photo added.")).toBeVisible({ timeout: 15_000 });
  await resident.getByRole("button", { name: "Publish your idea" }).click();
  await expect(resident.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 15_000 });
  await expect(resident.getByRole("img", { name: "Donated bikes lined up outside the community centre" })).toBeVisible();
  await expectAccessible(resident);
  const proposalUrl = resident.url();

  // Someone follows it.
  const follower = await (await browser.newContext(phone)).newPage();
  await signInAsPersona(follower, "Femi Adebayo");
  await follower.goto(proposalUrl);
  await follower.getByRole("button", { name: "Follow this proposal" }).click();
  await expect(follower.getByRole("button", { name: /^Unfollow/ })).toBeVisible();

  // A business member answers the need with a pledge for the business.
  const business = await (await browser.newContext(phone)).newPage();
  await signInAsPersona(business, "Neil Thackray");
  await business.goto(proposalUrl);
  await business.getByRole("group", { name: "Who is pledging?" }).getByRole("radio", { name: /Holroyd/ }).check();
  await business.getByLabel("Does it answer one of the needs?").selectOption({ label: "Jobs or apprenticeships: Two apprenticeship placements with a local employer" });
  await business.getByLabel("How much?").fill("2");
  await business.getByRole("button", { name: "Offer this pledge" }).click();
  await expect(business.getByText(/Holroyd/).first()).toBeVisible();
  await expectAccessible(business);

  // The author confirms; the ledger shows it confirmed.
  await resident.reload();
  await resident.getByRole("button", { name: /^Confirm Holroyd/ }).click();
  await expect(resident.getByRole("row", { name: /Confirmed by the proposer/ })).not.toContainText("£0");
  const [stored] = await db.select().from(proposals).where(eq(proposals.title, title));
  expect(stored?.pledgedValuePence).toBeGreaterThan(0);
  expect(stored?.openNeedCount).toBe(0);

  // The plan's leverage sort, search and each filter find it.
  const visitor = await (await browser.newContext(phone)).newPage();
  await visitor.goto("/plans/northbridge-2027?sort=leverage");
  const leverageTitles = await visitor.getByRole("article").getByRole("heading").allTextContents();
  expect(leverageTitles.slice(0, 20)).toContain(title);
  const find = async (query: string) => {
    await visitor.goto(`/plans/northbridge-2027?${query}`);
    return visitor.getByRole("link", { name: title });
  };
  await expect(await find(`q=${encodeURIComponent("bike repair")}`)).toBeVisible();
  await expect(await find(`theme=${stored?.themeId}`)).toBeVisible();
  await expect(await find(`area=${stored?.areaId}&sort=pledged`)).toBeVisible();
  await expect(await find("band=1-2&sort=leverage")).toBeVisible();
  await expect(await find("status=published&sort=leverage")).toBeVisible();
  await expect(await find("by=resident&sort=leverage")).toBeVisible();
  await visitor.goto(`/plans/northbridge-2027?needs=1&q=${encodeURIComponent(title)}`);
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);
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
  await page.goto("/plans/northbridge-2027/propose");
  const title = `Half-finished idea ${randomBytes(3).toString("hex")}`;
  await page.getByLabel("Your idea in a few words").fill(title);
  await page.getByLabel("Summary").fill("Somewhere warm for older people to meet on winter afternoons.");
  await page.getByLabel("Estimated cost").fill("-50");
  await page.getByRole("button", { name: "Publish your idea" }).click();
  await expect(page.getByText("The cost cannot be negative").first()).toBeVisible();
  await expect(page.getByLabel("Your idea in a few words")).toHaveValue(title);
  await expect(page.getByLabel("Summary")).toHaveValue("Somewhere warm for older people to meet on winter afternoons.");
  await expect(page.getByLabel("Estimated cost")).toHaveValue("-50");

  await page.getByLabel("Neighbourhood", { exact: true }).selectOption({ label: "St Aidan's" });
  await page.getByLabel("Theme").selectOption({ label: "Health and wellbeing" });
  await page.getByLabel("Estimated cost").fill("£2,500");
  await page.context().setOffline(true);
  await page.getByRole("button", { name: "Publish your idea" }).click();
  await expect(page.getByText(/You seem to be offline/).first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByLabel("Your idea in a few words")).toHaveValue(title);
  await expect(page.getByLabel("Estimated cost")).toHaveValue("£2,500");
  await page.context().setOffline(false);
  await page.getByRole("button", { name: "Publish your idea" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 15_000 });
});
