import type { Page } from "@playwright/test";

/** An officer's screens for running a plan: creating it, its phases, and its imports. */
export class ManagePlanPage {
  constructor(readonly page: Page) {}

  async goto(planSlug: string) {
    await this.page.goto(`/plans/${planSlug}/manage`);
  }

  async closeVoting() {
    await this.page.getByRole("button", { name: "Close voting and count the ballots" }).click();
  }

  async openNeighbourhoodImport() {
    await this.page.getByRole("link", { name: "Import neighbourhoods" }).click();
  }

  async openPopulationImport() {
    await this.page.getByRole("link", { name: "Import residents by group" }).click();
  }
}

export class NewPlanForm {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/plans/new");
  }

  readonly title = () => this.page.getByLabel("Title");
  readonly webAddress = () => this.page.getByLabel("Web address");
  readonly summary = () => this.page.getByLabel("Summary");
  readonly budget = () => this.page.getByLabel("Budget in pounds");

  async create() {
    await this.page.getByRole("button", { name: /Create/ }).click();
  }
}

/** Both imports check a CSV first, show what they understood, then import the good rows. */
class CsvImportPage {
  constructor(readonly page: Page) {}

  async check() {
    await this.page.getByRole("button", { name: "Check the file" }).click();
  }

  async importRows(buttonName: string) {
    await this.page.getByRole("button", { name: buttonName }).click();
  }
}

export class NeighbourhoodImportPage extends CsvImportPage {
  readonly csv = () => this.page.getByLabel("Neighbourhoods CSV");
  readonly neighbourhood = (name: string) => this.page.getByRole("rowheader", { name });
}

export class PopulationImportPage extends CsvImportPage {
  readonly csv = () => this.page.getByLabel("Residents by group (CSV)");
  readonly source = () => this.page.getByLabel("Where the figures come from");
  readonly preview = (name: RegExp) => this.page.getByRole("table", { name });
  readonly templateLink = () => this.page.getByRole("link", { name: "Download a template with every neighbourhood, question and answer" });
}
