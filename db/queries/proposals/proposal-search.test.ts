import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePage } from "@/lib/shared/pagination";
import { parseProposalFilters } from "@/lib/proposals/proposal-filters";
import { needs, organisations } from "../../schema";
import { makeArea, makeProposal, makeTheme, makeWorld } from "../../testing/factories";
import { createTestDatabase, testEngines, type TestDatabase } from "../../testing/test-database";
import { listOpenNeeds } from "../coproduction/open-needs";
import { searchPlanProposals } from "./proposal-search";

describe.each(testEngines())("finding proposals (%s)", (engine) => {
  let database: TestDatabase;
  let world: Awaited<ReturnType<typeof makeWorld>>;
  const titles: Record<string, string> = {};
  let businessId = "";
  let deprivedAreaId = "";
  let transportThemeId = "";

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const db = database.db;
    world = await makeWorld(db);
    const deprived = await makeArea(db, world.region.id, { name: "St Aidan's", imdDecile: 1 });
    const leafy = await makeArea(db, world.region.id, { name: "Thornleigh", imdDecile: 9 });
    const transport = await makeTheme(db, world.region.id);
    deprivedAreaId = deprived.id;
    transportThemeId = transport.id;
    const [business] = await db.insert(organisations).values({ regionId: world.region.id, slug: `holroyd-${engine}`, name: "Holroyd Engineering", sector: "business", offers: "Apprenticeships, welding mentoring and a minibus" }).returning();
    if (!business) throw new Error("no org");
    businessId = business.id;
    const base = Date.parse("2026-11-01T09:00:00Z");
    const specs = [
      { key: "apprentices", title: "Apprenticeships at the bus depot", summary: "Young mechanics trained locally", areaId: deprived.id, organisationId: business.id, supportCount: 3, pledgedValuePence: 600_000, estimatedCostPence: 1_000_000, openNeedCount: 1 },
      { key: "garden", title: "Community garden on the old tip", summary: "Food growing for the estate", areaId: deprived.id, supportCount: 9, pledgedValuePence: 50_000, estimatedCostPence: 100_000 },
      { key: "bus", title: "Evening bus to the hospital", summary: "A minibus after 7pm", areaId: leafy.id, themeId: transport.id, supportCount: 5, pledgedValuePence: 0, estimatedCostPence: 3_000_000 },
      { key: "library", title: "Tool library", summary: "Borrow instead of buying", areaId: leafy.id, supportCount: 1, pledgedValuePence: 400_000, estimatedCostPence: 200_000, status: "shortlisted" as const },
    ];
    for (const [index, spec] of specs.entries()) {
      const { key, ...values } = spec;
      const proposal = await makeProposal(db, world, { ...values, publishedAt: new Date(base + index * 60_000) });
      titles[key] = proposal.title;
      if (key === "apprentices") await db.insert(needs).values({ proposalId: proposal.id, kind: "jobs", description: "Two welding apprenticeship placements" });
      if (key === "garden") await db.insert(needs).values({ proposalId: proposal.id, kind: "volunteer_hours", description: "Volunteers to dig raised beds" });
    }
    // Hidden and draft proposals never appear, whatever the filter.
    await makeProposal(db, world, { title: "Hidden spam", status: "hidden" });
    await makeProposal(db, world, { title: "A draft", status: "draft", publishedAt: null });
  });
  afterAll(async () => {
    await database?.destroy();
  });

  const search = async (query: Record<string, string>, page = "1", size = 10) =>
    (await searchPlanProposals(database.db, world.plan.id, parseProposalFilters(query), parsePage(page, size))).rows.map((r) => r.title);

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

  it("ranks open needs that match what an organisation offers first", async () => {
    const { rows, total, matching } = await listOpenNeeds(database.db, { kind: null, areaId: null, q: "", organisationId: businessId }, parsePage("1"));
    expect(matching).toBe(true);
    expect(total).toBe(2);
    expect(rows[0]?.description).toBe("Two welding apprenticeship placements");
    expect(rows[0]?.score).toBeGreaterThan(0);
    expect(rows[1]?.score).toBe(0);
    const jobsOnly = await listOpenNeeds(database.db, { kind: "jobs", areaId: null, q: "", organisationId: null }, parsePage("1"));
    expect(jobsOnly.rows.map((r) => r.kind)).toEqual(["jobs"]);
  });
});
