import { beforeAll, expect, it } from "vitest";
import { parsePage } from "@/lib/shared/pagination";
import { parseProposalFilters } from "@/lib/proposals/proposal-filters";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { makeProposalSearchFixture } from "../../testing/proposal-search-fixture";
import { searchPlanProposals } from "./search-proposals";

describeWithDatabase("finding proposals", (database) => {
  let planId = "";
  let titles: Record<string, string> = {};
  let deprivedAreaId = "";
  let transportThemeId = "";

  beforeAll(async () => {
    ({ planId, titles, deprivedAreaId, transportThemeId } = await makeProposalSearchFixture(database.db));
  });

  const search = async (query: Record<string, string>, page = "1", size = 10) =>
    (await searchPlanProposals(database.db, planId, parseProposalFilters(query), parsePage(page, size))).rows.map((r) => r.title);

  it("lists public proposals newest first", async () => {
    expect(await search({})).toEqual([titles.library, titles.bus, titles.garden, titles.apprentices]);
  });

  it("filters by each filter", async () => {
    expect(await search({ theme: transportThemeId })).toEqual([titles.bus]);
    expect(await search({ area: deprivedAreaId })).toEqual([titles.garden, titles.apprentices]);
    expect(await search({ band: "9-10" })).toEqual([titles.library, titles.bus]);
    expect(await search({ status: "shortlisted" })).toEqual([titles.library]);
    expect(await search({ needs: "1" })).toEqual([titles.apprentices]);
    expect(await search({ by: "business" })).toEqual([titles.apprentices]);
    expect(await search({ by: "resident" })).toEqual([titles.library, titles.bus, titles.garden]);
  });

  it("sorts by support, by pledges and by leverage", async () => {
    expect(await search({ sort: "supported" })).toEqual([titles.garden, titles.bus, titles.apprentices, titles.library]);
    expect(await search({ sort: "pledged" })).toEqual([titles.apprentices, titles.library, titles.garden, titles.bus]);
    // 4,000/2,000 = 2; 6,000/10,000 = 0.6; 500/1,000 = 0.5; 0.
    expect(await search({ sort: "leverage" })).toEqual([titles.library, titles.apprentices, titles.garden, titles.bus]);
  });

  it("searches the text with English stemming", async () => {
    expect(await search({ q: "apprenticeship" })).toEqual([titles.apprentices]);
    expect(await search({ q: "minibus" })).toEqual([titles.bus]);
    expect(await search({ q: "garden OR tool" })).toHaveLength(2);
    expect(await search({ q: "zeppelin" })).toEqual([]);
  });

  it("keeps a random order stable while paging with the same seed", async () => {
    const pageOne = await search({ sort: "random", seed: "abc123" }, "1", 2);
    const pageTwo = await search({ sort: "random", seed: "abc123" }, "2", 2);
    expect(await search({ sort: "random", seed: "abc123" }, "1", 2)).toEqual(pageOne);
    expect([...pageOne, ...pageTwo].sort()).toEqual(Object.values(titles).sort());
  });
});
