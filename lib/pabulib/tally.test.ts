import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePabulib } from "./parse";
import { electionBudget, isCliRule, tallyElection } from "./tally";

const fixture = (name: string) => parsePabulib(readFileSync(new URL(`../outcome/fixtures/${name}`, import.meta.url), "utf8"));

describe("tallyElection", () => {
  it("reproduces the reference winners for Warszawa 2019 Las under every rule", () => {
    const expected = JSON.parse(readFileSync(new URL("../outcome/fixtures/expected.json", import.meta.url), "utf8")) as Record<string, Record<string, string[]>>;
    const election = fixture("Poland_Warszawa_2019_Las.pb");
    const answers = expected["Poland_Warszawa_2019_Las.pb"];
    expect([...tallyElection(election, "greedy").selected].sort()).toEqual(answers?.greedy);
    expect([...tallyElection(election, "mes").selected].sort()).toEqual(answers?.mes);
    expect([...tallyElection(election, "mes-add1").selected].sort()).toEqual(answers?.mes_add1);
  });

  it("knows the CLI's rule names and refuses a budget that is not whole", () => {
    expect(isCliRule("mes-add1")).toBe(true);
    expect(isCliRule("mes_add1")).toBe(false);
    const election = fixture("Poland_Warszawa_2019_Las.pb");
    expect(() => electionBudget({ ...election, meta: { ...election.meta, budget: "12.5" } })).toThrow(/whole number/);
  });
});

describe("tallying a cumulative (points) election", () => {
  it("counts Częstochowa Grabówka 2024's points under greedy and gets the city's official selection", () => {
    const expected = JSON.parse(readFileSync(new URL("../outcome/fixtures/expected.json", import.meta.url), "utf8")) as Record<string, { official_selected: string[] }>;
    const outcome = tallyElection(fixture("Poland_Czestochowa_2024_Grabowka.pb"), "greedy");
    expect([...outcome.selected].sort()).toEqual(expected["Poland_Czestochowa_2024_Grabowka.pb"]?.official_selected);
    // The file's own score column is the sum of points: the explanation reports the same figure.
    expect(outcome.explanations.find((e) => e.projectId === "261")?.votes).toBe(753);
    expect(outcome.explanations.find((e) => e.projectId === "261")?.sentence).toMatch(/with 753 points it ranked 1st/);
  });
  it("runs MES on points as utilities within the budget", () => {
    const outcome = tallyElection(fixture("Poland_Czestochowa_2024_Grabowka.pb"), "mes");
    expect(outcome.spent).toBeLessThanOrEqual(outcome.budget);
    expect(outcome.selected.length).toBeGreaterThan(0);
  });
});
