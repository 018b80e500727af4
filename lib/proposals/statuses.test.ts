import { describe, expect, it } from "vitest";
import { proposalStatuses, proposalStatusLabels, proposalStatusTones, publicProposalStatuses } from "./statuses";

describe("proposal statuses", () => {
  it("keeps drafts, withdrawn and hidden proposals out of public lists", () => {
    expect(publicProposalStatuses).not.toContain("draft");
    expect(publicProposalStatuses).not.toContain("hidden");
    expect(publicProposalStatuses).not.toContain("withdrawn");
    expect(Object.keys(proposalStatusTones)).toEqual(Object.keys(proposalStatusLabels));
    expect(Object.keys(proposalStatusLabels)).toEqual([...proposalStatuses]);
  });
});
