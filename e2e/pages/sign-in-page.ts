import { expect, type Page } from "@playwright/test";

/** The sign-in screen, the demo mailbox it sends links to, and the header's signed-in state. */
export class SignInPage {
  constructor(readonly page: Page) {}

  readonly signOutButton = () => this.page.getByRole("button", { name: /Sign out/ });
  readonly signInLink = () => this.page.getByRole("link", { name: "Sign in" });

  async goto() {
    await this.page.goto("/sign-in");
  }

  /** Signs in as a person would: ask for a link, open the demo mailbox, follow the link. */
  async signInByEmail(email: string) {
    await this.goto();
    await this.page.getByLabel("Email address").fill(email);
    await this.page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    await this.page.goto(`/mailbox?to=${encodeURIComponent(email)}`);
    await this.page.getByRole("link", { name: /\/api\/auth\/callback\/email/ }).first().click();
    await expect(this.signOutButton()).toBeVisible();
  }

  /** The demo's "sign in as" list, which goes through the same email-link flow. */
  async signInAsPersona(name: string) {
    await this.goto();
    await this.page.getByRole("button", { name: `Sign in as ${name}` }).click();
    await expect(this.signOutButton()).toBeVisible();
  }
}

export function signInByEmail(page: Page, email: string) {
  return new SignInPage(page).signInByEmail(email);
}

export function signInAsPersona(page: Page, name: string) {
  return new SignInPage(page).signInAsPersona(name);
}
