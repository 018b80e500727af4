import type { Page } from "@playwright/test";

/** The form that drafts, saves and publishes a proposal, with its needs and photos. */
export class ProposeForm {
  constructor(readonly page: Page) {}

  async goto(planSlug: string) {
    await this.page.goto(`/plans/${planSlug}/propose`);
  }

  readonly heading = () => this.page.getByRole("heading", { level: 1 });
  readonly title = () => this.page.getByLabel("Your idea in a few words");
  readonly neighbourhood = () => this.page.getByLabel("Neighbourhood", { exact: true });
  readonly theme = () => this.page.getByLabel("Theme");
  readonly summary = () => this.page.getByLabel("Summary");
  readonly description = () => this.page.getByLabel("Description (optional)", { exact: true });
  readonly cost = () => this.page.getByLabel("Estimated cost");
  readonly draftSaved = () => this.page.getByText(/Draft saved at/);
  readonly photoAdded = () => this.page.getByText("Photo added.");

  async addNeed(kind: string, description: string) {
    await this.page.getByRole("button", { name: "Add a need" }).click();
    await this.page.getByLabel("Kind of help").selectOption({ label: kind });
    await this.page.getByLabel("What exactly is needed").fill(description);
  }

  async uploadPhoto(file: { name: string; mimeType: string; buffer: Buffer }, altText: string) {
    await this.page.getByLabel("Photo", { exact: true }).setInputFiles(file);
    await this.page.getByLabel("Describe the photo").fill(altText);
    await this.page.getByRole("button", { name: "Upload photo" }).click();
  }

  async publish() {
    await this.page.getByRole("button", { name: "Publish your idea" }).click();
  }
}
