import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { approvalView, PabulibParseError, parsePabulib, serialisePabulib, type PabulibElection } from "./parse";

const fixture = (name: string) => readFileSync(new URL(`../outcome/fixtures/${name}`, import.meta.url), "utf8");
const FIXTURES = [
  "Netherlands_Assen_2024.pb",
  "Poland_Czestochowa_2024_Grabowka.pb",
  "Poland_Krakow_2020_Swoszowice.pb",
  "Poland_Swiecie_2023.pb",
  "Poland_Warszawa_2019_Las.pb",
  "Poland_Warszawa_2020_Wawer.pb",
  "Poland_Wieliczka_2023_Green_Budget.pb",
];

const small = [
  "META",
  "key;value",
  "budget;100",
  "vote_type;approval",
  "PROJECTS",
  "project_id;cost;name;latitude",
  'p-1;60;"Benches; and bins";',
  'B7;40;"The ""Paradox"" cinema";51.5',
  "VOTES",
  "voter_id;vote;age",
  "v1;p-1,B7;34",
  "v2;;",
  "v3;B7",
];

/** Where a parse fails: the line number and message. */
function failure(text: string): { line: number; message: string } {
  try {
    parsePabulib(text);
  } catch (error) {
    if (error instanceof PabulibParseError) return { line: error.line, message: error.message };
    throw error;
  }
  throw new Error("expected a PabulibParseError");
}

describe("parsePabulib", () => {
  it("reads sections, quoted fields with \"\" escapes, non-numeric ids and empty columns", () => {
    const election = parsePabulib(small.join("\n"));
    expect(election.meta).toEqual({ budget: "100", vote_type: "approval" });
    expect(election.voteType).toBe("approval");
    expect(election.projects).toEqual([
      { id: "p-1", cost: 60, fields: { name: "Benches; and bins", latitude: "" } },
      { id: "B7", cost: 40, fields: { name: 'The "Paradox" cinema', latitude: "51.5" } },
    ]);
    expect(election.votes).toEqual([
      { voterId: "v1", vote: ["p-1", "B7"], fields: { age: "34" } },
      { voterId: "v2", vote: [], fields: { age: "" } },
      { voterId: "v3", vote: ["B7"], fields: { age: "" } },
    ]);
    expect(election.projectColumns).toEqual(["project_id", "cost", "name", "latitude"]);
  });

  it("accepts CRLF, LF, lone CR and mixed line endings, and a UTF-8 byte order mark", () => {
    const lf = parsePabulib(small.join("\n"));
    expect(parsePabulib(small.join("\r\n"))).toEqual(lf);
    expect(parsePabulib(small.join("\r"))).toEqual(lf);
    expect(parsePabulib(small.map((line, i) => line + (i % 2 ? "\r\n" : "\n")).join(""))).toEqual(lf);
    expect(parsePabulib(`\uFEFF${small.join("\r\n")}\r\n\r\n`)).toEqual(lf);
  });

  it("reads cumulative, scoring and ordinal ballots, and their approval view", () => {
    const withVotes = (type: string, header: string, rows: string[]) =>
      parsePabulib(["META", "key;value", `vote_type;${type}`, "PROJECTS", "project_id;cost", "a;1", "b;2", "c;3", "VOTES", header, ...rows].join("\n"));
    const cumulative = withVotes("cumulative", "voter_id;vote;points", ["1;a,b,c;5,0,5", "2;b;10"]);
    expect(cumulative.votes[0]?.points).toEqual([5, 0, 5]);
    expect(approvalView(cumulative).map((s) => [...s])).toEqual([["a", "c"], ["b"]]);
    const scoring = withVotes("scoring", "voter_id;vote;points", ["1;a,b;-1,2.5"]);
    expect(approvalView(scoring).map((s) => [...s])).toEqual([["b"]]);
    const ordinal = withVotes("ordinal", "voter_id;vote", ["1;c,a,b", "2;b"]);
    expect(ordinal.votes[0]?.vote).toEqual(["c", "a", "b"]);
    expect(approvalView(ordinal).map((s) => [...s])).toEqual([["c", "a", "b"], ["b"]]);
  });

  it("names the line of a malformed input", () => {
    const lines = [...small];
    const replace = (index: number, text: string) => lines.map((line, i) => (i === index ? text : line)).join("\n");
    expect(failure(replace(11, "v2;p-1,ghost"))).toEqual({ line: 12, message: 'Line 12: voter "v2" votes for unknown project "ghost"' });
    expect(failure(replace(6, "p-1;sixty;Benches"))).toEqual({ line: 7, message: 'Line 7: cost "sixty" of project "p-1" is not a whole number' });
    expect(failure(small.slice(0, 8).join("\n"))).toEqual({ line: 8, message: "Line 8: the file has no VOTES section" });
    expect(failure(small.slice(4).join("\n")).message).toBe("Line 9: the file has no META section");
    expect(failure(replace(7, 'B7;40;"unclosed')).line).toBe(8);
    expect(failure(replace(5, "id;cost;name;latitude"))).toEqual({ line: 6, message: 'Line 6: missing column "project_id"' });
    expect(failure(replace(12, "v1;B7")).message).toBe('Line 13: voter "v1" voted twice');
    expect(failure(replace(12, "v3;B7,B7")).line).toBe(13);
    expect(failure(replace(7, "p-1;40")).message).toBe('Line 8: project "p-1" is listed twice');
    expect(failure(replace(3, "vote_type;approvalish"))).toEqual({ line: 4, message: 'Line 4: unknown vote_type "approvalish"' });
    expect(failure(replace(3, "vote_type;constructor")).line).toBe(4);
    expect(failure(["junk;1", ...small].join("\n")).line).toBe(1);
    expect(failure(replace(12, "v3;B7;1;extra")).line).toBe(13);
    expect(failure(replace(3, "vote_type;cumulative")).message).toBe('Line 10: cumulative votes need a "points" column');
  });

  it("reads all seven fixtures, consistently with their META counts", () => {
    for (const name of FIXTURES) {
      const election = parsePabulib(fixture(name));
      expect(election.projects.length, name).toBe(Number(election.meta.num_projects));
      expect(election.votes.length, name).toBe(Number(election.meta.num_votes));
    }
    const krakow = parsePabulib(fixture("Poland_Krakow_2020_Swoszowice.pb"));
    expect(krakow.projects.find((p) => p.id === "20")?.fields.name).toBe('800 darmowych biletów dla seniorów do Kina "Paradox"');
    expect(parsePabulib(fixture("Poland_Swiecie_2023.pb")).projects[0]?.id).toBe("c1");
  });
});

describe("serialisePabulib", () => {
  const roundTrip = (election: PabulibElection) => parsePabulib(serialisePabulib(election));

  it("round-trips every fixture", () => {
    for (const name of FIXTURES) {
      const election = parsePabulib(fixture(name));
      expect(roundTrip(election), name).toEqual(election);
    }
  });

  it("quotes semicolons, quotes and section names, and can write CRLF", () => {
    const election = parsePabulib(small.join("\n"));
    const meta = Object.fromEntries([...Object.entries(election.meta), ["votes", ""], ["description", 'a "b"; c'], ["__proto__", "kept"]]);
    const tricky: PabulibElection = { ...election, meta };
    expect(Object.keys(roundTrip(tricky).meta)).toContain("__proto__");
    expect(roundTrip(tricky)).toEqual(tricky);
    expect(parsePabulib(serialisePabulib(tricky, "\r\n"))).toEqual(tricky);
    // Rows are written with every column, so "v3;B7" gains its empty age column.
    expect(serialisePabulib(election)).toBe(`${[...small.slice(0, 12), "v3;B7;"].join("\n")}\n`);
  });

  it("writes points, and columns from the data when none are given", () => {
    const text = serialisePabulib({
      meta: { vote_type: "cumulative", budget: "10" },
      projects: [{ id: "a", cost: 4, fields: { name: "A" } }],
      votes: [{ voterId: "1", vote: ["a"], points: [3], fields: {} }],
    });
    expect(text.split("\n")).toContain("voter_id;vote;points");
    expect(parsePabulib(text).votes[0]?.points).toEqual([3]);
  });
});
