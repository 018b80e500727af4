import type { Page } from "@playwright/test";

/** A plan's public page: its phase, its proposals (searched, filtered, sorted, paged) and the ways in. */
export class PlanPage {
  constructor(readonly page: Page) {}

  /** `query` is the search string without its "?", e.g. "sort=leverage". */
  async goto(slug: string, query?: string) {
    await this.page.goto(query ? `/plans/${slug}?${query}` : `/plans/${slug}`);
  }

  readonly heading = (name: string) => this.page.getByRole("heading", { level: 1, name });
  readonly proposalLink = (title: string) => this.page.getByRole("link", { name: title });
  readonly proposalHeadings = () => this.page.getByRole("article").getByRole("heading");
  readonly firstProposalHeading = () => this.page.getByRole("article").first().getByRole("heading");
  readonly proposalPages = () => this.page.getByRole("navigation", { name: "Proposal pages" });

  async openProposeForm() {
    await this.page.getByRole("link", { name: "Propose an idea" }).click();
  }

  async openBallot() {
    await this.page.getByRole("link", { name: "Vote now" }).click();
  }

  async openMeasures() {
    await this.page.getByRole("link", { name: "Who takes part: measures" }).click();
  }

  async openAdoptedPlan() {
    await this.page.getByRole("link", { name: "Read the people's plan" }).click();
  }
}
