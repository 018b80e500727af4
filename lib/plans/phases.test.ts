import { describe, expect, it } from "vitest";
import { checkPhaseChange, hasReachedPhase, nextPhase, phaseInvitations, phaseLabels, planPhases } from "./phases";

describe("phases", () => {
  it("moves forward one phase at a time", () => {
    expect(nextPhase("ideas")).toBe("review");
    expect(nextPhase("voting")).toBe("results");
    expect(nextPhase("delivery")).toBeNull();
    expect(checkPhaseChange("ideas", "voting", { shortlistedCount: 3, ballotCount: 0 })).toMatchObject({ ok: false });
    expect(checkPhaseChange("voting", "ideas", { shortlistedCount: 3, ballotCount: 0 })).toMatchObject({ ok: false });
  });
  it("needs a shortlist before voting opens", () => {
    expect(checkPhaseChange("review", "voting", { shortlistedCount: 0, ballotCount: 0 })).toEqual({ ok: false, reason: "Shortlist at least one proposal before opening voting." });
    expect(checkPhaseChange("review", "voting", { shortlistedCount: 2, ballotCount: 0 })).toEqual({ ok: true });
  });
  it("has a label and an invitation for every phase, in lifecycle order", () => {
    expect(planPhases).toEqual(Object.keys(phaseLabels));
    for (const phase of planPhases) expect(phaseInvitations[phase].length).toBeGreaterThan(10);
  });
});

describe("hasReachedPhase", () => {
  it("is true from the milestone on, and false before it", () => {
    expect(hasReachedPhase("voting", "results")).toBe(false);
    expect(hasReachedPhase("results", "results")).toBe(true);
    expect(hasReachedPhase("delivery", "results")).toBe(true);
    expect(hasReachedPhase("draft", "ideas")).toBe(false);
  });
});
