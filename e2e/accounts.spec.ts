import { randomBytes } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { areas, regions, users } from "../db/schema";
import { expect, test } from "./fixtures";
import { SignInPage, signInAsPersona, signInByEmail } from "./pages/sign-in-page";

const phone = { viewport: { width: 360, height: 780 } };

test("a newcomer signs in by email, sets a neighbourhood, starts a group, invites a neighbour; an officer verifies it", async ({ browser, db, expectAccessible }) => {
  const suffix = randomBytes(3).toString("hex");
  const founderEmail = `jo.${suffix}@example.org`;
  const neighbourEmail = `sam.${suffix}@example.org`;
  const groupName = `Friends of the Tool Library ${suffix}`;
  const [region] = await db.select().from(regions).limit(1);
  const [area] = await db.select().from(areas).where(eq(areas.regionId, region?.id ?? "")).orderBy(asc(areas.imdDecile), asc(areas.name)).limit(1);
  if (!area) throw new Error("demo areas missing");

  const founder = await (await browser.newContext(phone)).newPage();
  await new SignInPage(founder).goto();
  await expectAccessible(founder);
  await signInByEmail(founder, founderEmail);

  await founder.getByRole("link", { name: "Your profile" }).click();
  await expect(founder.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
  await expectAccessible(founder);
  await founder.getByLabel("Your name").fill("J");
  await founder.getByRole("button", { name: "Save profile" }).click();
  await expect(founder.getByText("Enter the name others will see, at least 2 characters")).toBeVisible();
  await expect(founder.getByLabel("Your name")).toHaveValue("J");
  await founder.getByLabel("Your name").fill("Jo Newcomer");
  await founder.getByLabel("Home neighbourhood").selectOption({ label: area.name });
  await founder.getByRole("button", { name: "Save profile" }).click();
  await expect(founder.getByText("Your profile has been saved.")).toBeVisible();
  const [saved] = await db.select().from(users).where(eq(users.email, founderEmail));
  expect(saved).toMatchObject({ name: "Jo Newcomer", homeAreaId: area.id });

  await founder.goto("/organisations/new");
  await expectAccessible(founder);
  await founder.getByLabel("Name", { exact: true }).fill(groupName);
  await founder.getByLabel("Sector").selectOption({ label: "Community and voluntary" });
  await founder.getByLabel("What the organisation does").fill("We lend tools to neighbours so nobody has to buy a drill they use once a year.");
  await founder.getByRole("button", { name: /Register/ }).click();
  await expect(founder.getByRole("heading", { level: 1, name: groupName })).toBeVisible();
  await expectAccessible(founder);

  await founder.getByRole("link", { name: /Manage/ }).first().click();
  await expect(founder.getByRole("heading", { level: 1, name: `Manage ${groupName}` })).toBeVisible();
  await expectAccessible(founder);
  await founder.getByLabel("Email address").fill(neighbourEmail);
  await founder.getByRole("button", { name: "Send invitation" }).click();
  await expect(founder.getByRole("status").filter({ hasText: /invit/i })).toBeVisible();

  const neighbour = await (await browser.newContext(phone)).newPage();
  await signInByEmail(neighbour, neighbourEmail);
  await neighbour.goto(`/mailbox?to=${encodeURIComponent(neighbourEmail)}`);
  await neighbour.getByRole("link", { name: /\/invitations\// }).first().click();
  await expectAccessible(neighbour);
  await neighbour.getByRole("button", { name: `Accept and join ${groupName}` }).click();
  await expect(neighbour.getByText("You are a member of this organisation.")).toBeVisible();

  const officer = await (await browser.newContext(phone)).newPage();
  await signInAsPersona(officer, "Gareth Lowe");
  await officer.goto(`/organisations?q=${encodeURIComponent(groupName)}`);
  await officer.getByRole("link", { name: groupName }).click();
  await officer.getByRole("button", { name: "Verify this organisation" }).click();
  await expect(officer.getByText("Verified", { exact: true }).first()).toBeVisible();

  const visitor = await (await browser.newContext(phone)).newPage();
  await visitor.goto(`/organisations?q=${encodeURIComponent(groupName)}`);
  const card = visitor.getByRole("listitem").filter({ hasText: groupName });
  await expect(card.getByText("Verified", { exact: true })).toBeVisible();
  await expectAccessible(visitor);
});

test("a suspended person is signed out on their next request", async ({ browser, db, expectAccessible }) => {
  const suffix = randomBytes(3).toString("hex");
  const email = `troll.${suffix}@example.org`;
  const name = `Tony Troll ${suffix}`;
  await db.insert(users).values({ email, name });

  const resident = await (await browser.newContext(phone)).newPage();
  await signInByEmail(resident, email);

  const officer = await (await browser.newContext(phone)).newPage();
  await signInAsPersona(officer, "Gareth Lowe");
  await officer.goto(`/admin/people?q=${encodeURIComponent(name)}`);
  await expectAccessible(officer);
  await officer.getByText("Suspend…").click();
  await officer.getByLabel("Reason (the person will see this)").fill("Posting abuse in the comments");
  await officer.getByRole("button", { name: `Suspend ${name}` }).click();
  await expect(officer.getByText("Suspended", { exact: true })).toBeVisible();
  await expect(officer.getByText("Reason: Posting abuse in the comments")).toBeVisible();

  const residentSignIn = new SignInPage(resident);
  await resident.reload();
  await expect(residentSignIn.signInLink()).toBeVisible();
  await expect(residentSignIn.signOutButton()).toHaveCount(0);
  await residentSignIn.signInByEmail(email).catch(() => undefined);
  await expect(residentSignIn.signOutButton()).toHaveCount(0);
});

test("an admin's staff page and the sign-in pages have no accessibility violations", async ({ page, expectAccessible }) => {
  await signInAsPersona(page, "Priya Raman");
  await page.goto("/admin/staff");
  await expect(page.getByRole("heading", { level: 1, name: "Staff roles" })).toBeVisible();
  await expectAccessible();
  await page.getByLabel("Find a person by name or email").fill("Kayleigh");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("button", { name: /Make Kayleigh .* LEP reviewer/ })).toBeVisible();
  await expectAccessible();
  await page.goto("/mailbox");
  await expectAccessible();
  await page.goto("/sign-in/check-email");
  await expectAccessible();
});
