import type { Database } from "../connect";
import { needs, organisations } from "../schema";
import { makeArea, makeProposal, makeTheme, makeWorld } from "./factories";

/**
 * Four public proposals, a minute apart, spread over a deprived and a leafy neighbourhood, two
 * themes, a business and residents, two with open needs; and a hidden and a draft proposal that no
 * search may find. `titles` names the public ones by key.
 */
export async function makeProposalSearchFixture(db: Database) {
  const world = await makeWorld(db);
  const titles: Record<string, string> = {};
  const deprived = await makeArea(db, world.region.id, { name: "St Aidan's", imdDecile: 1 });
  const leafy = await makeArea(db, world.region.id, { name: "Thornleigh", imdDecile: 9 });
  const transport = await makeTheme(db, world.region.id);
  const [business] = await db.insert(organisations).values({ regionId: world.region.id, slug: `holroyd-${world.region.id}`, name: "Holroyd Engineering", sector: "business", offers: "Apprenticeships, welding mentoring and a minibus" }).returning();
  if (!business) throw new Error("no org");
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
  return { planId: world.plan.id, titles, businessId: business.id, deprivedAreaId: deprived.id, transportThemeId: transport.id };
}
