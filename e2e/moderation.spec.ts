import { randomBytes } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { comments, flags, plans, proposals, users } from "../db/schema";
import { expect, test } from "./fixtures";
import { signInAsPersona, signInByEmail } from "./support/sign-in";

const phone = { viewport: { width: 360, height: 780 } };

test("a reported comment is hidden with a reason the author sees; the audit log records it; a bulk hide of three works", async ({ browser, db, expectAccessible }) => {
  test.setTimeout(150_000);
  const suffix = randomBytes(3).toString("hex");
  const [plan] = await db.select().from(plans).where(eq(plans.slug, "northbridge-2027"));
  const [proposal] = await db.select().from(proposals).where(eq(proposals.planId, plan?.id ?? "")).limit(1);
  if (!proposal) throw new Error("demo proposal missing");
  const authorEmail = `rude.${suffix}@example.org`;
  const [author] = await db.insert(users).values({ email: authorEmail, name: `Ron Rude ${suffix}` }).returning();
  const others = await db
    .insert(users)
    .values([1, 2, 3].map((i) => ({ email: `spammer${i}.${suffix}@example.org`, name: `Spammer ${i} ${suffix}` })))
    .returning();
  if (!author) throw new Error("author not created");
  const [rude] = await db.insert(comments).values({ proposalId: proposal.id, authorId: author.id, stance: "concern", body: `You lot are idiots ${suffix}` }).returning();
  const spam = await db
    .insert(comments)
    .values(others.map((o, i) => ({ proposalId: proposal.id, authorId: o.id, stance: "idea" as const, body: `Cheap watches ${i} ${suffix}` })))
    .returning();
  // Three reports seeded directly: the queue needs something to bulk-hide.
  const [reporter] = await db.select().from(users).where(eq(users.name, "Femi Adebayo"));
  await db.insert(flags).values(spam.map((c) => ({ reporterId: reporter?.id ?? "", commentId: c.id, reason: "Spam" })));

  // A resident reports the rude comment.
  const resident = await (await browser.newContext(phone)).newPage();
  await signInAsPersona(resident, "Kayleigh Brennan");
  await resident.goto(`/proposals/${proposal.id}?comments=1`);
  const rudeComment = resident.locator(`#comment-${rude?.id}`);
  await rudeComment.getByText("Report", { exact: true }).click();
  await rudeComment.getByLabel("What is wrong with this comment?").fill("Insulting other residents");
  await rudeComment.getByRole("button", { name: "Report to a moderator" }).click();
  await expect(rudeComment.getByRole("status")).toBeVisible();

  // An officer hides it with a reason.
  const officer = await (await browser.newContext(phone)).newPage();
  await signInAsPersona(officer, "Gareth Lowe");
  await officer.goto("/moderation");
  await expectAccessible(officer);
  const item = officer.getByRole("listitem").filter({ hasText: `You lot are idiots ${suffix}` });
  await item.getByText("Hide…").click();
  await item.getByLabel("Reason (the author will see it)").fill("Personal insults break the house rules");
  await item.getByRole("button", { name: "Hide", exact: true }).click();
  await expect(officer.getByRole("listitem").filter({ hasText: `You lot are idiots ${suffix}` }).getByText("Hide…")).toHaveCount(0, { timeout: 10_000 });

  // The author sees the reason and a notification.
  const authorPage = await (await browser.newContext(phone)).newPage();
  await signInByEmail(authorPage, authorEmail);
  await authorPage.goto("/notifications");
  await expect(authorPage.getByText(/A moderator hid your comment/).first()).toBeVisible();
  await expect(authorPage.getByText("Reason: Personal insults break the house rules").first()).toBeVisible();
  await authorPage.goto(`/proposals/${proposal.id}?comments=1`);
  await expect(authorPage.locator(`#comment-${rude?.id}`).getByText("Reason: Personal insults break the house rules")).toBeVisible();
  await resident.goto(`/proposals/${proposal.id}?comments=1`);
  await expect(resident.getByText(`You lot are idiots ${suffix}`)).toHaveCount(0);

  // The audit log shows the action with its reason.
  await officer.goto(`/admin/audit`);
  await expect(officer.getByText("Personal insults break the house rules").first()).toBeVisible();
  await expectAccessible(officer);

  // A bulk hide of three reported comments.
  await officer.goto("/moderation");
  for (const comment of spam) {
    await officer.getByRole("listitem").filter({ hasText: comment.body }).getByLabel(/^Select/).check();
  }
  await officer.locator("#selection-reason").fill("Advertising");
  await officer.getByRole("button", { name: "Hide selected" }).click();
  await expect.poll(async () => (await db.select().from(comments).where(inArray(comments.id, spam.map((c) => c.id)))).filter((c) => c.hiddenAt !== null).length).toBe(3);
  const hidden = await db.select().from(comments).where(inArray(comments.id, spam.map((c) => c.id)));
  expect(hidden.map((c) => c.hiddenReason)).toEqual(["Advertising", "Advertising", "Advertising"]);
});

test("an officer creates a plan and imports neighbourhoods from a CSV with one bad row", async ({ page, expectAccessible }) => {
  const suffix = randomBytes(3).toString("hex");
  await signInAsPersona(page, "Gareth Lowe");
  await page.goto("/plans/new");
  await expectAccessible();
  await page.getByLabel("Title").fill(`Riverside Plan ${suffix}`);
  await page.getByLabel("Web address").fill(`riverside-${suffix}`);
  await page.getByLabel("Summary").fill("A people's plan for the riverside wards.");
  await page.getByRole("button", { name: /Create/ }).click();
  // Refused for the missing budget, with everything typed kept.
  await expect(page.getByText("Enter the plan's budget in pounds, for example £250,000").first()).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(`Riverside Plan ${suffix}`);
  await page.getByLabel("Budget in pounds").fill("£400,000");
  await page.getByRole("button", { name: /Create/ }).click();
  await page.waitForURL(new RegExp(`/plans/riverside-${suffix}/manage/settings`));
  await expect(page.getByRole("heading", { level: 1, name: `Settings: Riverside Plan ${suffix}` })).toBeVisible();
  await expect(page.getByText(/Plan created as a draft/)).toBeVisible();
  await expectAccessible();
  await page.goto(`/plans/riverside-${suffix}/manage`);
  await expectAccessible();

  await page.getByRole("link", { name: "Import neighbourhoods" }).click();
  await expectAccessible();
  await page.getByLabel("Neighbourhoods CSV").fill(
    ["code,name,population,imd_decile", `R${suffix}1,Quayside,8200,2`, `R${suffix}2,Old Mill,6100,11`, `R${suffix}3,Ferry Lane,7300,6`].join("\n"),
  );
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText(/Row 3.*imd_decile must be a whole number from 1 to 10/)).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Quayside" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Ferry Lane" })).toBeVisible();
  await expect(page.getByLabel("Neighbourhoods CSV")).toHaveValue(/Old Mill/);
  await expectAccessible();
  await page.getByRole("button", { name: "Import 2 neighbourhoods" }).click();
  await expect(page.getByText(/2 neighbourhoods/).first()).toBeVisible();
});
