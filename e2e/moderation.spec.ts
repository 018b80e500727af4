import { randomBytes } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { comments, flags, plans, proposals, users } from "../db/schema";
import { expect, test } from "./fixtures";
import { ManagePlanPage, NeighbourhoodImportPage, NewPlanForm } from "./pages/manage-plan-page";
import { ModerationQueuePage } from "./pages/moderation-queue-page";
import { ProposalPage } from "./pages/proposal-page";
import { signInAsPersona, signInByEmail } from "./pages/sign-in-page";

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
  const residentProposal = new ProposalPage(resident);
  await residentProposal.goto(proposal.id, { comments: true });
  const rudeComment = await residentProposal.reportComment(rude?.id, "Insulting other residents");
  await expect(rudeComment.getByRole("status")).toBeVisible();

  // An officer hides it with a reason.
  const officer = await (await browser.newContext(phone)).newPage();
  await signInAsPersona(officer, "Gareth Lowe");
  const queue = new ModerationQueuePage(officer);
  await queue.goto();
  await expectAccessible(officer);
  await queue.hide(`You lot are idiots ${suffix}`, "Personal insults break the house rules");
  await expect(queue.item(`You lot are idiots ${suffix}`).getByText("Hide…")).toHaveCount(0, { timeout: 10_000 });

  // The author sees the reason and a notification.
  const authorPage = await (await browser.newContext(phone)).newPage();
  await signInByEmail(authorPage, authorEmail);
  await authorPage.goto("/notifications");
  await expect(authorPage.getByText(/A moderator hid your comment/).first()).toBeVisible();
  await expect(authorPage.getByText("Reason: Personal insults break the house rules").first()).toBeVisible();
  const authorProposal = new ProposalPage(authorPage);
  await authorProposal.goto(proposal.id, { comments: true });
  await expect(authorProposal.comment(rude?.id).getByText("Reason: Personal insults break the house rules")).toBeVisible();
  await residentProposal.goto(proposal.id, { comments: true });
  await expect(resident.getByText(`You lot are idiots ${suffix}`)).toHaveCount(0);

  // The audit log shows the action with its reason.
  await officer.goto(`/admin/audit`);
  await expect(officer.getByText("Personal insults break the house rules").first()).toBeVisible();
  await expectAccessible(officer);

  // A bulk hide of three reported comments.
  await queue.goto();
  for (const comment of spam) {
    await queue.select(comment.body);
  }
  await queue.hideSelected("Advertising");
  await expect.poll(async () => (await db.select().from(comments).where(inArray(comments.id, spam.map((c) => c.id)))).filter((c) => c.hiddenAt !== null).length).toBe(3);
  const hidden = await db.select().from(comments).where(inArray(comments.id, spam.map((c) => c.id)));
  expect(hidden.map((c) => c.hiddenReason)).toEqual(["Advertising", "Advertising", "Advertising"]);
});

test("an officer creates a plan and imports neighbourhoods from a CSV with one bad row", async ({ page, expectAccessible }) => {
  const suffix = randomBytes(3).toString("hex");
  await signInAsPersona(page, "Gareth Lowe");
  const newPlan = new NewPlanForm(page);
  await newPlan.goto();
  await expectAccessible();
  await newPlan.title().fill(`Riverside Plan ${suffix}`);
  await newPlan.webAddress().fill(`riverside-${suffix}`);
  await newPlan.summary().fill("A people's plan for the riverside wards.");
  await newPlan.create();
  // Refused for the missing budget, with everything typed kept.
  await expect(page.getByText("Enter the plan's budget in pounds, for example £250,000").first()).toBeVisible();
  await expect(newPlan.title()).toHaveValue(`Riverside Plan ${suffix}`);
  await newPlan.budget().fill("£400,000");
  await newPlan.create();
  await page.waitForURL(new RegExp(`/plans/riverside-${suffix}/manage/settings`));
  await expect(page.getByRole("heading", { level: 1, name: `Settings: Riverside Plan ${suffix}` })).toBeVisible();
  await expect(page.getByText(/Plan created as a draft/)).toBeVisible();
  await expectAccessible();
  const manage = new ManagePlanPage(page);
  await manage.goto(`riverside-${suffix}`);
  await expectAccessible();

  await manage.openNeighbourhoodImport();
  await expectAccessible();
  const areasImport = new NeighbourhoodImportPage(page);
  await areasImport.csv().fill(
    ["code,name,population,imd_decile", `R${suffix}1,Quayside,8200,2`, `R${suffix}2,Old Mill,6100,11`, `R${suffix}3,Ferry Lane,7300,6`].join("\n"),
  );
  await areasImport.check();
  await expect(page.getByText(/Row 3.*imd_decile must be a whole number from 1 to 10/)).toBeVisible();
  await expect(areasImport.neighbourhood("Quayside")).toBeVisible();
  await expect(areasImport.neighbourhood("Ferry Lane")).toBeVisible();
  await expect(areasImport.csv()).toHaveValue(/Old Mill/);
  await expectAccessible();
  await areasImport.importRows("Import 2 neighbourhoods");
  await expect(page.getByText(/2 neighbourhoods/).first()).toBeVisible();
});
