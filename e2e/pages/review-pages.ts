import { expect, type Page } from "@playwright/test";

/** A reviewer's assessment of one proposal against the plan's criteria, and their combined scores. */
export class AssessPage {
  constructor(readonly page: Page) {}

  async goto(proposalId: string) {
    await this.page.goto(`/proposals/${proposalId}/assess`);
  }

  readonly saveButton = () => this.page.getByRole("button", { name: "Save assessment" });
  readonly savedStatus = () => this.page.getByRole("status").filter({ hasText: /saved/i }).first();
  /** A criterion's row: its name, then this reviewer's score, the mean or spread, and how many scored. */
  readonly scoreRow = (name: string) => this.page.getByRole("row", { name });

  async scoreEvery(criteria: { name: string }[], value: string) {
    for (const criterion of criteria) await this.page.getByLabel(criterion.name, { exact: true }).selectOption(value);
  }

  async fillNotes(notes: string) {
    await this.page.getByLabel("Notes").fill(notes);
  }

  async save() {
    await this.saveButton().click();
  }

  /** Opens the form, gives every criterion the same score, saves, and waits for the confirmation. */
  async score(proposalId: string, criteria: { name: string }[], value: string) {
    await this.goto(proposalId);
    await this.scoreEvery(criteria, value);
    await this.save();
    await expect(this.savedStatus()).toBeVisible();
  }

  async declareInterest(interest: string) {
    await this.page.getByLabel("Your interest").fill(interest);
    await this.page.getByRole("button", { name: "Declare an interest" }).click();
  }
}

/** Staff publish the official response to a proposal. */
export class RespondPage {
  constructor(readonly page: Page) {}

  async goto(proposalId: string) {
    await this.page.goto(`/proposals/${proposalId}/respond`);
  }

  readonly publishedStatus = () => this.page.getByRole("status").filter({ hasText: /publish/i }).first();

  async publish(response: string) {
    await this.page.getByLabel("Public response").fill(response);
    await this.page.getByRole("button", { name: "Publish response" }).click();
  }
}

/** A plan's review screen, where staff publish the reviewers' reasoning once the plan is decided. */
export class PlanReviewPage {
  constructor(readonly page: Page) {}

  async goto(planSlug: string) {
    await this.page.goto(`/plans/${planSlug}/review`);
  }

  async publishReasoning() {
    await this.page.getByRole("button", { name: "Publish the reviewers' reasoning" }).click();
  }
}
