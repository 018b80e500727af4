import type { Page } from "@playwright/test";

/** The ballot: choosing projects within the budget (or spreading points), reviewing, casting and changing a ballot. */
export class BallotPage {
  constructor(readonly page: Page) {}

  readonly choice = (project: RegExp) => this.page.getByLabel(project);
  readonly overspendAlert = (text: string) => this.page.getByRole("alert").filter({ hasText: text });
  readonly checkHeading = () => this.page.getByRole("heading", { name: "Check your ballot" });
  readonly countedHeading = () => this.page.getByRole("heading", { name: "Your ballot is counted" }).first();
  readonly reference = () => this.page.getByText(/^PP-[A-Z0-9]{4}-[A-Z0-9]{4}$/).first();
  /** Points ballots: one number box per project, and the running count of points left. */
  readonly points = (projectTitle: string) => this.page.getByLabel(`Points for ${projectTitle}`, { exact: true });
  readonly pointsLeft = (left: number, of: number) => this.page.getByText(`${left} of ${of} points left`, { exact: true });
  readonly pointsProblem = (text: string) => this.page.getByText(text, { exact: false });

  async spread(points: Record<string, number>) {
    for (const [title, value] of Object.entries(points)) await this.points(title).fill(String(value));
  }

  async review() {
    await this.page.getByRole("button", { name: "Review my choices" }).click();
  }

  async cast() {
    await this.page.getByRole("button", { name: "Cast my ballot" }).click();
  }

  async change() {
    await this.page.getByRole("button", { name: "Change my ballot" }).click();
  }
}
