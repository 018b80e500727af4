import { beforeAll, expect, it } from "vitest";
import { officialResponses } from "../../schema";
import { makeProposal, makeWorld } from "../../testing/factories";
import { makeMeasuresFixture } from "../../testing/measures-fixture";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { getPlanMeasures, getResponsiveness } from "./get-plan-measures";
import { listParticipantFigures } from "./participant-figures";

const day = 86_400_000;

describeWithDatabase("measures queries", (database) => {
  let fixture: Awaited<ReturnType<typeof makeMeasuresFixture>>;
  let measures: Awaited<ReturnType<typeof getPlanMeasures>>;
  beforeAll(async () => {
    fixture = await makeMeasuresFixture(database.db);
    measures = await getPlanMeasures(database.db, { id: fixture.plan.id, regionId: fixture.plan.regionId });
  });

  it("survives being stored as JSON unchanged, so a snapshot reads back as what was computed", () => {
    expect(JSON.parse(JSON.stringify(measures))).toEqual(measures);
  });

  it("counts each person once by home neighbourhood and deprivation, per 1,000 residents", () => {
    // Taking part: author and u2 (Ashby), u3 and u5 (Beeston; u5 only voted online), u4 (no home area).
    // u5's draft and the paper ballot do not count; the bystander did nothing.
    const { reach } = measures;
    expect(reach.totalPeople).toBe(5);
    expect(reach.peopleWithoutRegionArea).toBe(1);
    expect(reach.byArea.map((area) => [area.name, area.people, area.perThousand])).toEqual([
      ["Ashby", 2, 1], // 2 / 2,000
      ["Beeston", 2, 2], // 2 / 1,000
      ["Carlton", 0, 0],
    ]);
    expect(reach.byDecile[0]).toEqual({ imdDecile: 1, count: 2, population: 2000, perThousand: 1 });
    expect(reach.byDecile[1]).toEqual({ imdDecile: 2, count: 0, population: 0, perThousand: null });
    expect(reach.gap).toEqual({ mostDeprivedPerThousand: 1, leastDeprivedPerThousand: 2, gapPerThousand: -1 });
  });

  it("sums the selected budget of the current count only, by neighbourhood, theme and decile, with ring-fences", () => {
    const money = measures.money;
    if (!money) throw new Error("no money");
    expect(money.selectedPence).toBe(250_000);
    expect(money.adoptedPence).toBe(150_000); // p2 only
    expect(money.mostDeprivedPence).toBe(100_000);
    expect(money.byArea.map((row) => [row.areaName, row.selectedPence, row.adoptedPence, row.projects])).toEqual([
      ["Beeston", 150_000, 150_000, 1],
      ["Ashby", 100_000, 0, 1],
    ]);
    expect(money.byTheme).toEqual([
      { themeName: "Green spaces", selectedPence: 150_000, adoptedPence: 150_000 },
      { themeName: "Skills and employment", selectedPence: 100_000, adoptedPence: 0 },
    ]);
    expect(money.byDecile.filter((row) => row.selectedPence > 0)).toEqual([
      { imdDecile: 1, selectedPence: 100_000, adoptedPence: 0 },
      { imdDecile: 10, selectedPence: 150_000, adoptedPence: 150_000 },
    ]);
    expect(money.ringFences).toEqual([{ label: "Deprived areas", budgetPence: 100_000, spentPence: 100_000, status: "met", shortfallPence: 0 }]);
  });

  it("counts people and proposals by sector, and proposals made across sectors", () => {
    const { sectors } = measures;
    expect(Object.fromEntries(sectors.people.map((row) => [row.sector, row.people]))).toEqual({ resident: 4, business: 1 });
    // p1 and p4 by a resident (£1,000 + £100); p2 for Acme at its final cost of £1,500.
    expect(Object.fromEntries(sectors.proposals.map((row) => [row.sector, [row.proposals, row.requestedPence]]))).toEqual({ resident: [2, 110_000], business: [1, 150_000] });
    // p1: resident author + Acme's and u2's pledges (the proposed partner is left out).
    // p2: Acme + agreed community partner + the author's confirmed pledge (u4's declined pledge is left out).
    expect(sectors.combinations.sort((x, y) => x.sectors.join().localeCompare(y.sectors.join()))).toEqual([
      { sectors: ["business", "community_voluntary", "resident"], proposals: 1 },
      { sectors: ["business", "resident"], proposals: 1 },
    ]);
    expect(sectors.partnerships).toBe(2);
    expect(sectors.pairs).toEqual([
      { a: "business", b: "resident", proposals: 2 },
      { a: "business", b: "community_voluntary", proposals: 1 },
      { a: "community_voluntary", b: "resident", proposals: 1 },
    ]);
  });

  it("values pledges pledge by pledge at the plan's rates, and the community share", () => {
    const rows = measures.pledges.rows.map((row) => [row.kind, row.status, row.pledges, row.quantity, row.valuePence]);
    expect(rows).toEqual([
      ["equipment", "declined", 1, 1, null], // no rate
      ["jobs", "confirmed", 2, 0.02, 2], // 1 × 50 / 100 = 0.5 → 1, twice (not 0.02 × 50 = 1)
      ["money", "offered", 1, 50, 5000],
      ["volunteer_hours", "confirmed", 2, 3.75, 5813], // 225 × 1,550 / 100 = 3,487.5 → 3,488; 150 × 1,550 / 100 = 2,325
    ]);
    expect(measures.pledges.pledgedPence).toBe(10_815);
    expect(measures.pledges.requestedPence).toBe(260_000);
    expect(measures.pledges.communitySharePercent).toBe(4); // 10,815 / 270,815 = 3.99%
  });

  it("takes the median days to a first response and sums indicators over adopted proposals", () => {
    // p1 first answered after 2 days (not 5), p2 after 3; p4 still waits. Median 2.5.
    expect(measures.responsiveness).toEqual({ responded: 2, waiting: 1, medianDays: 2.5, withinWeek: 2, withinTwoWeeks: 0, withinFourWeeks: 0, withinEightWeeks: 0, longer: 0 });
    expect(measures.delivery).toEqual([
      { status: "adopted", proposals: 1 }, // p2
      { status: "in_delivery", proposals: 0 },
      { status: "delivered", proposals: 0 },
    ]);
    expect(measures.indicators).toEqual([
      { kind: "jobs_created", total: 2, proposals: 1 },
      { kind: "people_reached", total: 50.5, proposals: 1 },
    ]);
  });

  it("counts participants' equality answers and suppresses small numbers", async () => {
    const raw = (await listParticipantFigures(database.db, { planId: fixture.plan.id })).equality;
    const of = (question: string) => Object.fromEntries(raw.filter((row) => row.question === question).map((row) => [row.answer ?? "-", row.people]));
    expect(of("age_band")).toEqual({ "25–34": 3, "35–44": 1 }); // the bystander's 65–74 is not counted
    expect(of("gender")).toEqual({ Woman: 2, Man: 1, "-": 1 });
    const age = measures.representativeness.find((group) => group.question === "age_band");
    const small = { shown: false, reason: "small" };
    // 3 and 1 are both below 5, as is the total of 4; the empty answers show 0, which picks out no one.
    expect(age?.rows.map((row) => [row.answer, row.people])).toEqual([
      ["Under 16", { shown: true, value: 0 }],
      ["16–24", { shown: true, value: 0 }],
      ["25–34", small],
      ["35–44", small],
      ["45–54", { shown: true, value: 0 }],
      ["55–64", { shown: true, value: 0 }],
      ["65–74", { shown: true, value: 0 }],
      ["75 or over", { shown: true, value: 0 }],
    ]);
    expect(age?.total).toEqual(small);
    expect(age?.sharesWithheld).toBe(true);
    expect(age?.rows.every((row) => row.peoplePercent === null)).toBe(true);
    expect(age?.residents).toBe(0); // no census figures in this fixture
  });

  it("sorts waits for a first response into bands, a week counting as within a week", async () => {
    const world = await makeWorld(database.db);
    const t0 = new Date("2025-05-01T09:00:00Z");
    for (const days of [7, 10, 30, 70]) {
      const proposal = await makeProposal(database.db, world, { publishedAt: t0 });
      await database.db.insert(officialResponses).values({ proposalId: proposal.id, status: "published", body: "Noted", respondingBody: "Council", createdAt: new Date(t0.getTime() + days * day) });
    }
    await makeProposal(database.db, world, { publishedAt: t0 });
    expect(await getResponsiveness(database.db, world.plan.id)).toEqual({
      responded: 4,
      waiting: 1,
      medianDays: 20, // (10 + 30) / 2
      withinWeek: 1,
      withinTwoWeeks: 1,
      withinFourWeeks: 0,
      withinEightWeeks: 1,
      longer: 1,
    });
  });
});
