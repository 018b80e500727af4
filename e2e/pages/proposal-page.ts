import type { Page } from "@playwright/test";

/** A proposal: its support and following, the co-production ledger and pledges, and the discussion. */
export class ProposalPage {
  constructor(readonly page: Page) {}

  async goto(proposalId: string, options: { comments?: boolean } = {}) {
    await this.page.goto(options.comments ? `/proposals/${proposalId}?comments=1` : `/proposals/${proposalId}`);
  }

  readonly heading = (name: string) => this.page.getByRole("heading", { level: 1, name });
  readonly unfollowButton = () => this.page.getByRole("button", { name: /^Unfollow/ });
  readonly ledgerRow = (name: RegExp) => this.page.getByRole("row", { name });
  readonly comment = (commentId: string | undefined) => this.page.locator(`#comment-${commentId}`);

  async support() {
    await this.page.getByRole("button", { name: "I support this" }).click();
  }

  async follow() {
    await this.page.getByRole("button", { name: "Follow this proposal" }).click();
  }

  /** Offers a pledge: for whom (a person or an organisation they belong to), which need it answers, how much. */
  async pledge(options: { pledger: RegExp; need: string; quantity: string }) {
    await this.page.getByRole("group", { name: "Who is pledging?" }).getByRole("radio", { name: options.pledger }).check();
    await this.page.getByLabel("Does it answer one of the needs?").selectOption({ label: options.need });
    await this.page.getByLabel("How much?").fill(options.quantity);
    await this.page.getByRole("button", { name: "Offer this pledge" }).click();
  }

  /** The proposer confirms a pledge offered to them; `name` matches the button, e.g. /^Confirm Holroyd/. */
  async confirmPledge(name: RegExp) {
    await this.page.getByRole("button", { name }).click();
  }

  async postComment(stance: RegExp, body: string) {
    await this.page.getByRole("group", { name: "Your comment is a…" }).getByRole("radio", { name: stance }).check();
    await this.page.getByLabel("Your comment").fill(body);
    await this.page.getByRole("button", { name: "Post comment" }).click();
  }

  /** Reports a comment to the moderators; returns the comment, whose status line confirms the report. */
  async reportComment(commentId: string | undefined, reason: string) {
    const comment = this.comment(commentId);
    await comment.getByText("Report", { exact: true }).click();
    await comment.getByLabel("What is wrong with this comment?").fill(reason);
    await comment.getByRole("button", { name: "Report to a moderator" }).click();
    return comment;
  }

  async openAssessment() {
    await this.page.getByRole("link", { name: "Assess this proposal" }).click();
  }
}
