import { describe, expect, it } from "vitest";
import { formatClosingTime, isVotingOpen, lateBallotRefusal, votingClosedMessage, votingClosesMessage } from "./voting-window";

const end = new Date("2026-11-01T18:00:00Z");

describe("the voting window", () => {
  it("is open in the voting phase before the end, and shut from the end on", () => {
    expect(isVotingOpen({ phase: "voting", votingEndsAt: end }, new Date("2026-11-01T17:59:59Z"))).toBe(true);
    expect(isVotingOpen({ phase: "voting", votingEndsAt: end }, end)).toBe(false);
    expect(isVotingOpen({ phase: "voting", votingEndsAt: end }, new Date("2026-11-02T09:00:00Z"))).toBe(false);
  });

  it("stays open in the voting phase when the plan set no end", () => {
    expect(isVotingOpen({ phase: "voting", votingEndsAt: null }, new Date("2030-01-01T00:00:00Z"))).toBe(true);
  });

  it("is shut in every other phase, even before the end", () => {
    for (const phase of ["draft", "ideas", "review", "results", "adopted", "delivery"] as const) {
      expect(isVotingOpen({ phase, votingEndsAt: end }, new Date("2026-10-01T00:00:00Z"))).toBe(false);
    }
  });

  it("says the time in UK time, as residents read it", () => {
    expect(formatClosingTime(end)).toBe("18:00 on 1 November 2026");
    expect(formatClosingTime(new Date("2026-06-01T17:00:00Z"))).toBe("18:00 on 1 June 2026");
    expect(votingClosedMessage(end)).toBe("Voting closed at 18:00 on 1 November 2026.");
    expect(votingClosesMessage(end)).toBe("Voting closes at 18:00 on 1 November 2026.");
  });
});

describe("a ballot cast after the end", () => {
  it("is refused with the closing time while the phase still says voting", () => {
    expect(lateBallotRefusal({ phase: "voting", votingEndsAt: end }, new Date("2026-11-01T18:00:01Z"))).toBe("Voting closed at 18:00 on 1 November 2026.");
  });

  it("is left to the policy in other phases, and allowed before the end or with no end", () => {
    expect(lateBallotRefusal({ phase: "results", votingEndsAt: end }, new Date("2026-11-02T00:00:00Z"))).toBeNull();
    expect(lateBallotRefusal({ phase: "voting", votingEndsAt: end }, new Date("2026-11-01T17:00:00Z"))).toBeNull();
    expect(lateBallotRefusal({ phase: "voting", votingEndsAt: null }, new Date("2026-11-02T00:00:00Z"))).toBeNull();
  });
});
