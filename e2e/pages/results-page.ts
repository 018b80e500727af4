import type { Page } from "@playwright/test";

/** A plan's results: which projects the count selected and why the others were not. */
export class ResultsPage {
  constructor(readonly page: Page) {}

  async goto(planSlug: string) {
    await this.page.goto(`/plans/${planSlug}/results`);
  }

  readonly heading = (planTitle: string) => this.page.getByRole("heading", { level: 1, name: `Results: ${planTitle}` });
  readonly project = (title: RegExp) => this.page.getByRole("row", { name: title });

  downloadCsv(planSlug: string) {
    return this.page.request.get(`/plans/${planSlug}/results/csv`);
  }
}
