import type { Page } from "@playwright/test";

/** The moderators' queue of reported content: hiding one item with a reason, or a selection at once. */
export class ModerationQueuePage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/moderation");
  }

  readonly item = (text: string) => this.page.getByRole("listitem").filter({ hasText: text });

  async hide(text: string, reason: string) {
    const item = this.item(text);
    await item.getByText("Hide…").click();
    await item.getByLabel("Reason (the author will see it)").fill(reason);
    await item.getByRole("button", { name: "Hide", exact: true }).click();
  }

  async select(text: string) {
    await this.item(text).getByLabel(/^Select/).check();
  }

  async hideSelected(reason: string) {
    await this.page.locator("#selection-reason").fill(reason);
    await this.page.getByRole("button", { name: "Hide selected" }).click();
  }
}
