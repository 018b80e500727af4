import { describe, expect, it } from "vitest";
import { compareWithResidents, describeDissimilarity } from "./representativeness";

const shown = (value: number) => ({ shown: true, value });
const small = { shown: false, reason: "small" };
const secondary = { shown: false, reason: "secondary" };
const options = ["Woman", "Man", "Non-binary"];

describe("compareWithResidents", () => {
  it("sets shares of those who answered against residents' shares, with the difference and the dissimilarity index", () => {
    const result = compareWithResidents({
      options,
      // 30 women, 15 men, 5 non-binary (50 answered), 10 gave no answer: 60 in all.
      participants: [
        { answer: "Woman", people: 30 },
        { answer: "Man", people: 15 },
        { answer: "Non-binary", people: 5 },
        { answer: "Prefer not to say", people: 6 },
        { answer: null, people: 4 },
      ],
      residents: [
        { answer: "Woman", people: 5100 },
        { answer: "Man", people: 4800 },
        { answer: "Non-binary", people: 100 },
      ],
    });
    expect(result.rows).toEqual([
      // 30 / 50 = 60%; 5,100 / 10,000 = 51%.
      { answer: "Woman", people: shown(30), peoplePercent: 60, residentsPercent: 51, differencePoints: 9 },
      { answer: "Man", people: shown(15), peoplePercent: 30, residentsPercent: 48, differencePoints: -18 },
      { answer: "Non-binary", people: shown(5), peoplePercent: 10, residentsPercent: 1, differencePoints: 9 },
    ]);
    expect(result.noAnswer).toEqual(shown(10)); // 6 + 4: one group, so neither small count is shown apart
    expect(result.total).toEqual(shown(60));
    expect(result.residents).toBe(10_000);
    expect(result.sharesWithheld).toBe(false);
    // ½ (|60 − 51| + |30 − 48| + |10 − 1|) = ½ × 36 = 18.
    expect(result.dissimilarity).toBe(18);
  });

  it("hides a small count and the next smallest, and gives no index when any count is hidden", () => {
    const result = compareWithResidents({
      options,
      participants: [
        { answer: "Woman", people: 40 },
        { answer: "Man", people: 30 },
        { answer: "Non-binary", people: 2 },
        { answer: null, people: 8 },
      ],
      residents: [{ answer: "Woman", people: 1 }],
    });
    expect(result.rows.map((row) => [row.people, row.peoplePercent])).toEqual([
      // 40 / 72 would give away 72 answered, so 8 with no answer and 2 non-binary: withheld.
      [shown(40), null],
      [shown(30), null],
      [small, null],
    ]);
    expect(result.noAnswer).toEqual(secondary); // 2 alone could be worked out from 80
    expect(result.sharesWithheld).toBe(true);
    expect(result.dissimilarity).toBeNull();
  });

  it("withholds people's shares when the no-answer count is hidden, since the shares would give it away", () => {
    const result = compareWithResidents({
      options,
      participants: [
        { answer: "Woman", people: 20 },
        { answer: "Man", people: 20 },
        { answer: "Non-binary", people: 9 },
        { answer: "Prefer not to say", people: 3 },
      ],
      residents: [
        { answer: "Woman", people: 50 },
        { answer: "Man", people: 50 },
      ],
    });
    expect(result.noAnswer).toEqual(small);
    expect(result.sharesWithheld).toBe(true);
    expect(result.rows.map((row) => [row.people, row.peoplePercent, row.residentsPercent, row.differencePoints])).toEqual([
      [shown(20), null, 50, null],
      [shown(20), null, 50, null],
      [secondary, null, 0, null],
    ]);
  });

  it("counts answers the form no longer offers with no answer, and shows zeros", () => {
    const result = compareWithResidents({
      options,
      participants: [
        { answer: "Woman", people: 10 },
        { answer: "Man", people: 10 },
        { answer: "Female", people: 5 },
      ],
      residents: [],
    });
    expect(result.rows.map((row) => row.people)).toEqual([shown(10), shown(10), shown(0)]);
    expect(result.noAnswer).toEqual(shown(5));
    expect(result.rows.map((row) => row.peoplePercent)).toEqual([50, 50, 0]);
    expect(result.rows.map((row) => row.residentsPercent)).toEqual([null, null, null]); // no figures held
    expect(result.residents).toBe(0);
    expect(result.dissimilarity).toBeNull();
  });

  it("shows nothing but zeros when no one answered", () => {
    const result = compareWithResidents({ options, participants: [], residents: [{ answer: "Man", people: 3 }] });
    expect(result.total).toEqual(shown(0));
    expect(result.sharesWithheld).toBe(false);
    expect(result.rows.map((row) => row.peoplePercent)).toEqual([null, null, null]);
    expect(result.rows.map((row) => row.residentsPercent)).toEqual([0, 100, 0]);
  });
});

describe("describeDissimilarity", () => {
  it("reads the index, or says why there is none", () => {
    expect(describeDissimilarity(10.87, true)).toBe("10.9%");
    expect(describeDissimilarity(0, true)).toBe("0.0%");
    expect(describeDissimilarity(null, true)).toBe("withheld (small numbers)");
    expect(describeDissimilarity(null, false)).toBe("no residents' figures");
  });
});
