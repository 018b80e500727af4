import { expect, type Page } from "@playwright/test";

/** Signs in as a person would: ask for a link, open the demo mailbox, follow the link. */
export async function signInByEmail(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await page.goto(`/mailbox?to=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: /\/api\/auth\/callback\/email/ }).first().click();
  await expect(page.getByRole("button", { name: /Sign out/ })).toBeVisible();
}

/** The demo's "sign in as" list, which goes through the same email-link flow. */
export async function signInAsPersona(page: Page, name: string) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Sign in as ${name}` }).click();
  await expect(page.getByRole("button", { name: /Sign out/ })).toBeVisible();
}
