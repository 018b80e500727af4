import { describe, expect, it } from "vitest";
import { describeReason } from "./explain";

const open = { votes: 54, cost: 900_000, stage: null };

describe("explanations", () => {
  it("words each reason in British English with money in pounds", () => {
    expect(describeReason({ kind: "no-votes" }, { ...open, votes: 0 })).toBe("Nobody voted for it.");
    expect(describeReason({ kind: "did-not-fit", left: 1_240_000 }, open)).toBe("Did not fit the £12,400 left.");
    expect(describeReason({ kind: "not-covered", covered: 310_000, cost: 900_000 }, open)).toBe(
      "Its supporters' remaining shares covered £3,100 of £9,000.",
    );
    expect(describeReason({ kind: "greedy-selected", rank: 3, left: 1_240_000 }, open)).toBe(
      "Selected: with 54 votes it ranked 3rd and fitted the £12,400 left.",
    );
    expect(describeReason({ kind: "mes-selected", round: 2, supporters: 120, maxShare: 7_550 }, open)).toBe(
      "Selected in round 2: its 120 supporters shared the £9,000 cost, none paying more than £75.50.",
    );
    expect(describeReason({ kind: "mes-selected", round: 1, supporters: 1, maxShare: 900_000 }, open)).toBe(
      "Selected in round 1: its one supporter paid the £9,000 cost.",
    );
    expect(describeReason({ kind: "free" }, { ...open, votes: 1 })).toBe("Selected: it costs nothing and 1 person voted for it.");
  });

  it("uses ordinals correctly", () => {
    const rank = (n: number) => describeReason({ kind: "greedy-selected", rank: n, left: 0 }, open).split(" ")[6];
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(rank)).toEqual([
      "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th",
    ]);
  });

  it("names the ring-fence that decided a project", () => {
    expect(describeReason({ kind: "did-not-fit", left: 50_000 }, { ...open, stage: "IMD deciles 1–2" })).toBe(
      "Did not fit the £500 left. Decided within the IMD deciles 1–2 ring-fence.",
    );
  });
});
