import { describe, expect, it } from "vitest";
import type { PhaseDates } from "./phase-dates";
import { describePhaseSchedule, duePhaseAdvance, phaseChangeTiming } from "./phase-schedule";

const at = (iso: string) => new Date(iso);

const dates: PhaseDates[] = [
  { phase: "ideas", startsAt: at("2027-03-01T09:00:00Z"), endsAt: at("2027-04-01T17:00:00Z") },
  { phase: "review", startsAt: at("2027-04-08T09:00:00Z"), endsAt: at("2027-05-01T17:00:00Z") },
  { phase: "voting", startsAt: at("2027-05-02T09:00:00Z"), endsAt: at("2027-05-16T18:00:00Z") },
  { phase: "results", startsAt: at("2027-06-01T09:00:00Z"), endsAt: null },
];

describe("duePhaseAdvance", () => {
  it("closes voting at its end time whatever the plan's setting", () => {
    expect(duePhaseAdvance({ phase: "voting", autoAdvance: false }, dates, at("2027-05-16T17:59:59Z"))).toBeNull();
    expect(duePhaseAdvance({ phase: "voting", autoAdvance: false }, dates, at("2027-05-16T18:00:00Z"))).toBe("results");
    // The count does not wait for the results phase's own start: the end residents were told is binding.
    expect(duePhaseAdvance({ phase: "voting", autoAdvance: true }, dates, at("2027-05-20T09:00:00Z"))).toBe("results");
  });

  it("moves other dated phases on only when the officer chose to advance automatically", () => {
    const afterIdeas = at("2027-04-09T09:00:00Z");
    expect(duePhaseAdvance({ phase: "ideas", autoAdvance: false }, dates, afterIdeas)).toBeNull();
    expect(duePhaseAdvance({ phase: "ideas", autoAdvance: true }, dates, afterIdeas)).toBe("review");
    expect(duePhaseAdvance({ phase: "ideas", autoAdvance: true }, dates, at("2027-04-01T16:59:00Z"))).toBeNull();
  });

  it("keeps the gap an officer left before the next phase starts", () => {
    expect(duePhaseAdvance({ phase: "ideas", autoAdvance: true }, dates, at("2027-04-02T09:00:00Z"))).toBeNull();
    expect(duePhaseAdvance({ phase: "ideas", autoAdvance: true }, dates, at("2027-04-08T09:00:00Z"))).toBe("review");
  });

  it("leaves a phase without an end, or without dates, and the last phase where they are", () => {
    const late = at("2030-01-01T00:00:00Z");
    expect(duePhaseAdvance({ phase: "results", autoAdvance: true }, dates, late)).toBeNull();
    expect(duePhaseAdvance({ phase: "draft", autoAdvance: true }, dates, late)).toBeNull();
    expect(duePhaseAdvance({ phase: "voting", autoAdvance: true }, [], late)).toBeNull();
    expect(duePhaseAdvance({ phase: "delivery", autoAdvance: true }, [{ phase: "delivery", startsAt: at("2028-01-01T00:00:00Z"), endsAt: at("2029-01-01T00:00:00Z") }], late)).toBeNull();
  });
});

describe("phaseChangeTiming", () => {
  it("says a change before the scheduled end was early, and one after was not", () => {
    expect(phaseChangeTiming("voting", dates, at("2027-05-10T12:00:00Z"))).toEqual({ scheduledEnd: "2027-05-16T18:00:00.000Z", early: true });
    expect(phaseChangeTiming("voting", dates, at("2027-05-16T18:00:00Z"))).toEqual({ scheduledEnd: "2027-05-16T18:00:00.000Z", early: false });
    expect(phaseChangeTiming("results", dates, at("2027-06-10T12:00:00Z"))).toBeNull();
  });
});

describe("describePhaseSchedule", () => {
  it("tells the officer when voting closes by itself, and whether other phases will", () => {
    expect(describePhaseSchedule({ phase: "voting", autoAdvance: false }, dates)).toBe(
      "Voting closes by itself at 19:00 on 16 May 2027 and the ballots are counted then. Closing it sooner is recorded in the audit log as an early close.",
    );
    expect(describePhaseSchedule({ phase: "ideas", autoAdvance: true }, dates)).toMatch(/^This phase moves on by itself at 18:00 on 1 April 2027/);
    expect(describePhaseSchedule({ phase: "ideas", autoAdvance: false }, dates)).toMatch(/advance automatically/);
    expect(describePhaseSchedule({ phase: "results", autoAdvance: true }, dates)).toBeNull();
  });
});
