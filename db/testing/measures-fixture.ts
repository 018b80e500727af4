import type { Database } from "../connect";
import {
  ballots,
  comments,
  deliveryIndicators,
  deliveryUpdates,
  equalityAnswers,
  officialResponses,
  organisations,
  outcomeProjects,
  outcomes,
  partners,
  pledgeRates,
  pledges,
  supports,
  themes,
} from "../schema";
import { makeArea, makePlan, makeProposal, makeRegion, makeTheme, makeUser } from "./factories";

const day = 86_400_000;


/** A small plan whose every figure is worked out by hand in db/queries/measures/plan-measures.test.ts. */
export async function makeMeasuresFixture(db: Database) {
  const region = await makeRegion(db);
  const a = await makeArea(db, region.id, { name: "Ashby", imdDecile: 1, population: 2000 });
  const b = await makeArea(db, region.id, { name: "Beeston", imdDecile: 10, population: 1000 });
  const c = await makeArea(db, region.id, { name: "Carlton", imdDecile: 5, population: 500 });
  const t1 = await makeTheme(db, region.id);
  const [t2] = await db.insert(themes).values({ regionId: region.id, slug: `green-${region.id}`, name: "Green spaces" }).returning();
  if (!t2) throw new Error("no theme");
  const plan = await makePlan(db, region.id, { phase: "delivery" });
  const author = await makeUser(db, { homeAreaId: a.id });
  const u2 = await makeUser(db, { homeAreaId: a.id });
  const u3 = await makeUser(db, { homeAreaId: b.id, participantType: "business" });
  const u4 = await makeUser(db);
  const u5 = await makeUser(db, { homeAreaId: b.id });
  const bystander = await makeUser(db, { homeAreaId: a.id });
  const [biz, community] = await db
    .insert(organisations)
    .values([
      { regionId: region.id, slug: `biz-${region.id}`, name: "Acme", sector: "business" },
      { regionId: region.id, slug: `cv-${region.id}`, name: "Friends", sector: "community_voluntary" },
    ])
    .returning();
  if (!biz || !community) throw new Error("no organisations");
  const world = { region, area: a, theme: t1, author, plan };
  const t0 = new Date("2025-03-01T09:00:00Z");
  const p1 = await makeProposal(db, world, { publishedAt: t0, estimatedCostPence: 100_000 });
  const p2 = await makeProposal(db, world, { authorId: u3.id, organisationId: biz.id, areaId: b.id, themeId: t2.id, publishedAt: t0, estimatedCostPence: 200_000, finalCostPence: 150_000, status: "adopted" });
  await makeProposal(db, world, { authorId: u5.id, status: "draft", publishedAt: null });
  const p4 = await makeProposal(db, world, { areaId: c.id, publishedAt: t0, estimatedCostPence: 10_000 });
  await db.insert(comments).values([
    { proposalId: p1.id, authorId: u2.id, stance: "support", body: "Yes" },
    { proposalId: p2.id, authorId: u4.id, stance: "question", body: "When?" },
  ]);
  await db.insert(supports).values([{ proposalId: p1.id, userId: u2.id }, { proposalId: p2.id, userId: author.id }]);
  await db.insert(pledgeRates).values([
    { planId: plan.id, kind: "volunteer_hours", unit: "hour", pencePerUnit: 1550 },
    { planId: plan.id, kind: "money", unit: "£", pencePerUnit: 100 },
    { planId: plan.id, kind: "jobs", unit: "job", pencePerUnit: 50 },
  ]);
  const pledge = (proposalId: string, pledgerId: string, kind: "volunteer_hours" | "money" | "jobs" | "equipment", quantity: number, status: "offered" | "confirmed" | "declined", organisationId: string | null = null) =>
    ({ proposalId, pledgerId, kind, quantity, unit: "x", status, organisationId });
  await db.insert(pledges).values([
    pledge(p1.id, u3.id, "volunteer_hours", 2.25, "confirmed", biz.id),
    pledge(p2.id, author.id, "volunteer_hours", 1.5, "confirmed"),
    pledge(p1.id, u2.id, "money", 50, "offered"),
    pledge(p1.id, u2.id, "jobs", 0.01, "confirmed"),
    pledge(p1.id, u2.id, "jobs", 0.01, "confirmed"),
    pledge(p2.id, u4.id, "equipment", 1, "declined"),
  ]);
  await db.insert(partners).values([
    { proposalId: p2.id, organisationId: community.id, role: "Runs it", status: "agreed" },
    { proposalId: p1.id, organisationId: community.id, role: "Maybe", status: "proposed" },
  ]);
  await db.insert(ballots).values([
    { planId: plan.id, voterId: u5.id, reference: `r-${plan.id}` },
    { planId: plan.id, source: "paper", reference: `p-${plan.id}` },
  ]);
  await db.insert(officialResponses).values([
    { proposalId: p1.id, status: "published", body: "Noted", respondingBody: "Council", createdAt: new Date(t0.getTime() + 5 * day) },
    { proposalId: p1.id, status: "published", body: "First", respondingBody: "Council", createdAt: new Date(t0.getTime() + 2 * day) },
    { proposalId: p2.id, status: "adopted", body: "Adopted", respondingBody: "LEP", createdAt: new Date(t0.getTime() + 3 * day) },
  ]);
  const outcomeValues = { planId: plan.id, rule: "greedy" as const, utility: "cost" as const, inputsFingerprint: "f", budgetPence: 300_000, voterCount: 2 };
  const [old] = await db.insert(outcomes).values({ ...outcomeValues, spentPence: 10_000, isCurrent: false }).returning();
  const [current] = await db
    .insert(outcomes)
    .values({
      ...outcomeValues,
      spentPence: 250_000,
      details: { stages: [{ label: "Deprived areas", budget: 100_000, spent: 100_000, selected: [p1.id] }, { label: null, budget: 200_000, spent: 150_000, selected: [p2.id] }] },
    })
    .returning();
  if (!old || !current) throw new Error("no outcomes");
  const project = (outcomeId: string, proposalId: string, costPence: number, selected: boolean) => ({ outcomeId, proposalId, votes: 1, costPence, selected, explanation: "e" });
  await db.insert(outcomeProjects).values([
    project(current.id, p1.id, 100_000, true),
    project(current.id, p2.id, 150_000, true),
    project(current.id, p4.id, 10_000, false),
    project(old.id, p4.id, 10_000, true),
  ]);
  const [u1, u1b, uOther] = await db
    .insert(deliveryUpdates)
    .values([{ proposalId: p2.id, body: "Started" }, { proposalId: p2.id, body: "More" }, { proposalId: p1.id, body: "Not adopted" }])
    .returning();
  if (!u1 || !u1b || !uOther) throw new Error("no updates");
  await db.insert(deliveryIndicators).values([
    { updateId: u1.id, kind: "jobs_created", value: 2 },
    { updateId: u1.id, kind: "people_reached", value: 40.5 },
    { updateId: u1b.id, kind: "people_reached", value: 10 },
    { updateId: uOther.id, kind: "jobs_created", value: 99 },
  ]);
  await db.insert(equalityAnswers).values([
    { userId: author.id, ageBand: "25–34", gender: "Woman" },
    { userId: u2.id, ageBand: "25–34", gender: "Man" },
    { userId: u3.id, ageBand: "35–44", gender: "Woman" },
    { userId: u4.id, ageBand: "25–34" },
    { userId: bystander.id, ageBand: "65–74", gender: "Man" },
  ]);
  return { plan, a, b, c };
}

