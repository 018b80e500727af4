import { describe, expect, it } from "vitest";
import { proposalStatuses } from "../proposals/statuses";
import { ballotChanges, ballotFrozen, ballotFrozenMessage, checkDecileChange, checkProposalChange, isTextOutOfView } from "./ballot-freeze";
import { planPhases } from "./phases";

describe("the frozen ballot", () => {
  it("is frozen from voting until the result is adopted", () => {
    expect(planPhases.filter(ballotFrozen)).toEqual(["voting", "results"]);
  });

  it("refuses each change to a ballot project while frozen, saying why", () => {
    for (const change of ballotChanges.filter((c) => c !== "areaDeciles")) {
      for (const status of ["on_ballot", "selected", "not_selected"] as const) {
        expect(checkProposalChange(change, "voting", status)).toEqual({ ok: false, reason: ballotFrozenMessage(change) });
        expect(checkProposalChange(change, "results", status)).toEqual({ ok: false, reason: ballotFrozenMessage(change) });
      }
    }
    expect(ballotFrozenMessage("withdraw")).toMatch(/^This proposal cannot be withdrawn now: it is on the ballot/);
  });

  it("lets a proposal that is not on the ballot change, and any proposal outside the frozen phases", () => {
    for (const status of proposalStatuses.filter((s) => !["on_ballot", "selected", "not_selected"].includes(s))) {
      expect(checkProposalChange("withdraw", "voting", status)).toEqual({ ok: true });
    }
    for (const phase of ["draft", "ideas", "review", "adopted", "delivery"] as const) {
      expect(checkProposalChange("hide", phase, "on_ballot")).toEqual({ ok: true });
    }
  });

  it("refuses a merge when either proposal is on the ballot", () => {
    expect(checkProposalChange("merge", "voting", "published", "on_ballot").ok).toBe(false);
    expect(checkProposalChange("merge", "voting", "published", "withdrawn").ok).toBe(true);
  });

  it("refuses a decile change when any plan it touches is frozen", () => {
    expect(checkDecileChange(["ideas", "voting"])).toEqual({ ok: false, reason: ballotFrozenMessage("areaDeciles") });
    expect(checkDecileChange(["ideas", "delivery"])).toEqual({ ok: true });
    expect(checkDecileChange([])).toEqual({ ok: true });
  });
});

describe("text taken out of view", () => {
  it("is a moderator's reason on a proposal that is still counted, not on a hidden one", () => {
    expect(isTextOutOfView({ status: "on_ballot", hiddenReason: "Names a private person" })).toBe(true);
    expect(isTextOutOfView({ status: "hidden", hiddenReason: "Spam" })).toBe(false);
    expect(isTextOutOfView({ status: "on_ballot", hiddenReason: null })).toBe(false);
  });
});
