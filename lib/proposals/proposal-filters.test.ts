import { describe, expect, it } from "vitest";
import { filtersToQuery, hasActiveFilters, parseProposalFilters } from "./proposal-filters";

const theme = "3f2b8c1e-9a4d-4e2b-8f1a-2b3c4d5e6f70";

describe("parseProposalFilters", () => {
  it("reads every filter and sort", () => {
    expect(parseProposalFilters({ q: " bus ", theme, band: "1-2", status: "shortlisted", needs: "1", by: "business", sort: "leverage" })).toEqual({
      q: "bus",
      theme,
      area: null,
      band: "1-2",
      status: "shortlisted",
      needs: true,
      by: "business",
      sort: "leverage",
      seed: null,
    });
  });

  it("drops what it does not understand instead of failing", () => {
    expect(parseProposalFilters({ theme: "1; drop table", band: "0-1", status: "hidden", by: "aliens", sort: "loudest", needs: "yes" })).toEqual({
      q: "",
      theme: null,
      area: null,
      band: null,
      status: null,
      needs: false,
      by: null,
      sort: "newest",
      seed: null,
    });
  });

  it("sorts by relevance when searching unless told otherwise, and keeps a random seed only for random order", () => {
    expect(parseProposalFilters({ q: "allotment" }).sort).toBe("relevance");
    expect(parseProposalFilters({ q: "allotment", sort: "supported" }).sort).toBe("supported");
    expect(parseProposalFilters({ sort: "random", seed: "k3x9" }).seed).toBe("k3x9");
    expect(parseProposalFilters({ sort: "newest", seed: "k3x9" }).seed).toBeNull();
    expect(parseProposalFilters({ sort: "random", seed: "<script>" }).seed).toBeNull();
  });
});

describe("filtersToQuery", () => {
  it("round-trips and leaves defaults out", () => {
    const filters = parseProposalFilters({ q: "bus", needs: "1", sort: "random", seed: "abc" });
    expect(filtersToQuery(filters, 3)).toBe("?q=bus&needs=1&sort=random&seed=abc&page=3");
    expect(parseProposalFilters(Object.fromEntries(new URLSearchParams(filtersToQuery(filters))))).toEqual(filters);
    expect(filtersToQuery(parseProposalFilters({}), 1)).toBe("");
  });

  it("knows when a list is filtered", () => {
    expect(hasActiveFilters(parseProposalFilters({ sort: "supported" }))).toBe(false);
    expect(hasActiveFilters(parseProposalFilters({ by: "resident" }))).toBe(true);
  });
});
