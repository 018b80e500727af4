import { beforeAll, expect, it } from "vitest";
import { areaPopulationGroups, ballots, comments, equalityAnswers, officialResponses, organisations, outcomeProjects, outcomes, planPhases, pledgeRates, pledges, supports } from "../../schema";
import { makeArea, makePlan, makeProposal, makeRegion, makeTheme, makeUser } from "../../testing/factories";
import type { Database } from "../../connect";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { getRegionMeasures } from "./get-region-measures";

const day = 86_400_000;

/**
 * A region of 4,000 residents (Ashby decile 1: 2,000; Beeston decile 10: 1,000; Carlton decile 5: 1,000)
 * with two public plans, a draft plan and a plan in another region. Every figure is worked out below.
 */
async function makeFixture(db: Database) {
  const region = await makeRegion(db);
  const a = await makeArea(db, region.id, { name: "Ashby", imdDecile: 1, population: 2000 });
  const b = await makeArea(db, region.id, { name: "Beeston", imdDecile: 10, population: 1000 });
  const c = await makeArea(db, region.id, { name: "Carlton", imdDecile: 5, population: 1000 });
  const theme = await makeTheme(db, region.id);
  // Made first but starts later, so date order (by first phase) differs from the order of creation.
  const later = await makePlan(db, region.id, { phase: "ideas", title: "Later plan" });
  const earlier = await makePlan(db, region.id, { phase: "delivery", title: "Earlier plan" });
  const draft = await makePlan(db, region.id, { phase: "draft", title: "Draft plan" });
  await db.insert(planPhases).values([
    { planId: later.id, phase: "ideas", startsAt: new Date("2025-01-01T00:00:00Z") },
    { planId: earlier.id, phase: "ideas", startsAt: new Date("2024-01-01T00:00:00Z") },
    { planId: earlier.id, phase: "voting", startsAt: new Date("2024-06-01T00:00:00Z") },
  ]);
  const author = await makeUser(db, { homeAreaId: a.id });
  const u2 = await makeUser(db, { homeAreaId: a.id });
  const u3 = await makeUser(db, { homeAreaId: b.id, participantType: "business" });
  const u4 = await makeUser(db);
  const voter = await makeUser(db, { homeAreaId: a.id });
  const u5 = await makeUser(db, { homeAreaId: b.id });
  const [biz] = await db.insert(organisations).values({ regionId: region.id, slug: `biz-${region.id}`, name: "Acme", sector: "business" }).returning();
  if (!biz) throw new Error("no organisation");

  const world = { region, area: a, theme, author, plan: earlier };
  const t0 = new Date("2024-03-01T09:00:00Z");
  const p1 = await makeProposal(db, world, { publishedAt: t0 });
  const p2 = await makeProposal(db, world, { authorId: u3.id, organisationId: biz.id, areaId: b.id, publishedAt: t0, status: "adopted" });
  await makeProposal(db, world, { authorId: u4.id, status: "draft", publishedAt: null });
  const p4 = await makeProposal(db, world, { areaId: c.id, publishedAt: t0 });
  await db.insert(comments).values([
    { proposalId: p1.id, authorId: u2.id, stance: "support", body: "Yes" },
    { proposalId: p2.id, authorId: u4.id, stance: "question", body: "When?" },
  ]);
  await db.insert(ballots).values([
    { planId: earlier.id, voterId: voter.id, reference: `v-${earlier.id}` },
    { planId: earlier.id, voterId: u3.id, reference: `u3-${earlier.id}` },
    { planId: earlier.id, source: "paper", reference: `paper-${earlier.id}` },
  ]);
  await db.insert(pledgeRates).values({ planId: earlier.id, kind: "volunteer_hours", unit: "hour", pencePerUnit: 1550 });
  await db.insert(pledges).values([
    { proposalId: p1.id, pledgerId: u3.id, organisationId: biz.id, kind: "volunteer_hours", quantity: 2.25, unit: "hour", status: "confirmed" },
    { proposalId: p2.id, pledgerId: author.id, kind: "volunteer_hours", quantity: 1.5, unit: "hour", status: "delivered" },
    { proposalId: p1.id, pledgerId: u2.id, kind: "volunteer_hours", quantity: 1, unit: "hour", status: "declined" },
  ]);
  await db.insert(officialResponses).values([
    { proposalId: p1.id, status: "published", body: "Later", respondingBody: "Council", createdAt: new Date(t0.getTime() + 5 * day) },
    { proposalId: p1.id, status: "published", body: "First", respondingBody: "Council", createdAt: new Date(t0.getTime() + 2 * day) },
    { proposalId: p2.id, status: "adopted", body: "Adopted", respondingBody: "LEP", createdAt: new Date(t0.getTime() + 3 * day) },
  ]);
  const outcomeValues = { planId: earlier.id, rule: "greedy" as const, utility: "cost" as const, inputsFingerprint: "f", budgetPence: 300_000, voterCount: 3 };
  const [old] = await db.insert(outcomes).values({ ...outcomeValues, spentPence: 10_000, isCurrent: false }).returning();
  const [current] = await db.insert(outcomes).values({ ...outcomeValues, spentPence: 250_000 }).returning();
  if (!old || !current) throw new Error("no outcomes");
  const project = (outcomeId: string, proposalId: string, costPence: number, selected: boolean) => ({ outcomeId, proposalId, votes: 1, costPence, selected, explanation: "e" });
  await db.insert(outcomeProjects).values([
    project(current.id, p1.id, 100_000, true),
    project(current.id, p2.id, 150_000, true),
    project(current.id, p4.id, 10_000, false),
    project(old.id, p4.id, 10_000, true),
  ]);

  // The later plan: u2 proposes in Beeston and u5 supports it; nothing else yet.
  const p5 = await makeProposal(db, { ...world, plan: later }, { authorId: u2.id, areaId: b.id, publishedAt: t0 });
  await db.insert(supports).values({ proposalId: p5.id, userId: u5.id });

  // Neither the draft plan nor another region's plan may appear or leak into the counts.
  const pd = await makeProposal(db, { ...world, plan: draft }, { authorId: u5.id });
  await db.insert(ballots).values({ planId: draft.id, voterId: u5.id, reference: `d-${draft.id}` });
  await db.insert(comments).values({ proposalId: pd.id, authorId: voter.id, stance: "support", body: "Draft plan" });
  const elsewhere = await makeRegion(db);
  const otherPlan = await makePlan(db, elsewhere.id, { phase: "voting" });
  await makeProposal(db, { ...world, plan: otherPlan }, { authorId: u4.id });
  // Everyone taking part in the earlier plan says they are not disabled; in the later one only u2
  // answers. The region's residents: 1,000 disabled and 3,000 not. The bystander's answer never counts.
  const bystander = await makeUser(db, { homeAreaId: a.id });
  await db.insert(equalityAnswers).values([author, u2, u3, u4, voter, bystander].map((person) => ({ userId: person.id, disability: person === bystander ? "Yes" : "No" })));
  await db.insert(areaPopulationGroups).values([
    { areaId: a.id, question: "disability", answer: "Yes", people: 600, source: "Census 2021" },
    { areaId: a.id, question: "disability", answer: "No", people: 1400, source: "Census 2021" },
    { areaId: b.id, question: "disability", answer: "Yes", people: 400, source: "Census 2021" },
    { areaId: b.id, question: "disability", answer: "No", people: 1600, source: "Census 2021" },
  ]);
  return { region, earlier, later };
}

describeWithDatabase("region measures", (database) => {
  let fixture: Awaited<ReturnType<typeof makeFixture>>;
  let rows: Awaited<ReturnType<typeof getRegionMeasures>>;
  beforeAll(async () => {
    fixture = await makeFixture(database.db);
    rows = await getRegionMeasures(database.db, fixture.region.id);
  });

  it("lists the region's public plans in date order, leaving out drafts and other regions", () => {
    expect(rows.map((row) => row.title)).toEqual(["Earlier plan", "Later plan"]);
    expect(rows[0]?.id).toBe(fixture.earlier.id);
  });

  it("counts participants per 1,000 residents and the gap between the fifths", () => {
    const [earlier, later] = rows;
    // Earlier: author, u2 and the online voter (Ashby), u3 (Beeston), u4 (no home) = 5 of 4,000.
    // The paper ballot, the draft proposal and the draft plan's activity are not counted.
    expect([earlier?.participants, earlier?.residents, earlier?.perThousand]).toEqual([5, 4000, 1.3]); // 1.25 → 1.3
    expect(earlier?.gap).toEqual({ mostDeprivedPerThousand: 1.5, leastDeprivedPerThousand: 1, gapPerThousand: 0.5 }); // 3/2,000, 1/1,000
    // Later: u2 (Ashby) and u5 (Beeston) = 2 of 4,000.
    expect([later?.participants, later?.perThousand]).toEqual([2, 0.5]);
    expect(later?.gap).toEqual({ mostDeprivedPerThousand: 0.5, leastDeprivedPerThousand: 1, gapPerThousand: -0.5 });
  });

  it("gives the share of proposals, online votes and selected budget in deciles 1–2", () => {
    const [earlier, later] = rows;
    expect(earlier?.proposals).toEqual({ total: 3, mostDeprived: 1, percent: 33 }); // p1 of p1, p2, p4
    expect(earlier?.onlineVotes).toEqual({ total: 2, mostDeprived: 1, percent: 50 }); // the voter (Ashby) of the voter and u3
    expect(earlier?.selectedBudget).toEqual({ totalPence: 250_000, mostDeprivedPence: 100_000, percent: 40 }); // current count only
    expect(later?.proposals).toEqual({ total: 1, mostDeprived: 0, percent: 0 });
    expect(later?.onlineVotes).toEqual({ total: 0, mostDeprived: 0, percent: null });
    expect(later?.selectedBudget).toBeNull();
  });

  it("values pledged and delivered contributions, counts partnerships and the median response time", () => {
    const [earlier, later] = rows;
    // 225 × 1,550 / 100 = 3,487.5 → 3,488 (confirmed) + 150 × 1,550 / 100 = 2,325 (delivered); the declined hour is left out.
    expect([earlier?.pledgedPence, earlier?.deliveredPence]).toEqual([5813, 2325]);
    // p1: resident author + Acme's pledge; p2: Acme + the author's pledge. p4 has only its author.
    expect(earlier?.partnerships).toBe(2);
    // p1 first answered after 2 days (not 5), p2 after 3.
    expect([earlier?.responded, earlier?.medianDays]).toEqual([2, 2.5]);
    expect([later?.pledgedPence, later?.deliveredPence, later?.partnerships, later?.responded, later?.medianDays]).toEqual([0, 0, 0, 0, null]);
  });

  it("sets each plan's people against the residents, withholding what small numbers would give away", () => {
    const [earlier, later] = rows;
    const disability = (row: typeof earlier) => row?.representativeness.find((r) => r.question === "disability");
    // Earlier: 5 of 5 said no (0% yes) against 25% of residents: ½ (|0 − 25| + |100 − 75|) = 25.
    expect(disability(earlier)).toEqual({ question: "disability", total: { shown: true, value: 5 }, hasResidents: true, dissimilarity: 25 });
    // Later: one person answered, fewer than 5: nothing derived from them is shown.
    expect(disability(later)).toEqual({ question: "disability", total: { shown: false, reason: "small" }, hasResidents: true, dissimilarity: null });
    expect(earlier?.representativeness.find((r) => r.question === "age_band")).toMatchObject({ hasResidents: false, dissimilarity: null });
  });

  it("survives being stored as JSON unchanged, so a snapshot reads back as what was computed", () => {
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });
});
