import type { Page } from "@playwright/test";

/** A plan's results: which projects the count selected and why the others were not. */
export class ResultsPage {
  constructor(readonly page: Page) {}

  async goto(planSlug: string) {
    await this.page.goto(`/plans/${planSlug}/results`);
  }

  readonly heading = (planTitle: string) => this.page.getByRole("heading", { level: 1, name: `Results: ${planTitle}` });
  readonly project = (title: RegExp) => this.page.getByRole("row", { name: title });
  /** The table's count column: "Votes", or "Points" on a points ballot. */
  readonly countColumn = (name: "Votes" | "Points") => this.page.getByRole("columnheader", { name, exact: true });

  /** The published .pb file of the counted ballots, and its SHA-256 shown beside it. */
  readonly ballotsFile = () => this.page.getByRole("link", { name: /^Download the ballots that were counted \(\.pb, [\d,]+ ballots?\)$/ });
  readonly ballotsHash = () => this.page.getByText(/^[0-9a-f]{64}$/);

  downloadBallots(planSlug: string) {
    return this.page.request.get(`/plans/${planSlug}/results/ballots.pb`);
  }

  downloadCsv(planSlug: string) {
    return this.page.request.get(`/plans/${planSlug}/results/csv`);
  }
}
