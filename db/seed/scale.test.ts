import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { areaPopulationGroups, areas, ballotChoices, ballots, comments, equalityAnswers, outcomes, plans, proposals, regions, supports, users } from "../schema";
import { describeWithDatabase } from "../testing/describe-with-database";
import { appTableNames, countRegions, truncateAll } from "./reset";
import { SCALE_ONE, seedScale } from "./scale";

const SCALE = 0.01;

describeWithDatabase(`the scale seed at ×${SCALE}`, (database) => {
  let rows: Record<string, number>;
  beforeAll(async () => {
    rows = (await seedScale(database.db, SCALE)).rows;
  });

  it("writes the advertised numbers of people, proposals, comments and ballots, in proportion", async () => {
    const { db } = database;
    const near = (actual: number, expected: number, tolerance: number) => {
      expect(actual).toBeGreaterThanOrEqual(expected * (1 - tolerance));
      expect(actual).toBeLessThanOrEqual(expected * (1 + tolerance));
    };
    near(await db.$count(users), SCALE_ONE.people * SCALE, 0);
    near(await db.$count(proposals), SCALE_ONE.proposals * SCALE, 0);
    near(await db.$count(ballots), SCALE_ONE.ballots * SCALE, 0);
    // Rounding per proposal loses a little.
    near(await db.$count(comments), SCALE_ONE.comments * SCALE, 0.05);
    near(await db.$count(supports), SCALE_ONE.supports * SCALE, 0.05);
    expect(rows.users).toBe(await db.$count(users));
    // Census-shaped figures for every area (26 answers across the five questions), and answers from about two in five people.
    expect(await db.$count(areaPopulationGroups)).toBe((await db.$count(areas)) * 26);
    near(await db.$count(equalityAnswers), SCALE_ONE.people * SCALE * 0.4, 0.25);
    const choices = await db.$count(ballotChoices);
    expect(choices / (await db.$count(ballots))).toBeGreaterThan(1);
  });

  it("keeps proposal counters equal to the rows they count", async () => {
    const drift = await database.db
      .select({ id: proposals.id })
      .from(proposals)
      .where(
        sql`${proposals.supportCount} <> (select count(*) from supports s where s.proposal_id = ${proposals.id})
         or ${proposals.commentCount} <> (select count(*) from comments c where c.proposal_id = ${proposals.id})
         or ${proposals.openNeedCount} <> (select count(*) from needs n where n.proposal_id = ${proposals.id} and n.status = 'open')
         or ${proposals.pledgedValuePence} <> (select coalesce(sum(round(p.quantity * r.pence_per_unit)), 0)
              from pledges p join pledge_rates r on r.plan_id = ${proposals.planId} and r.kind = p.kind
              where p.proposal_id = ${proposals.id} and p.status in ('offered', 'confirmed', 'delivered'))`,
      );
    expect(drift).toEqual([]);
  });

  it("has a finished plan with a stored outcome within budget and a plan open for voting", async () => {
    const { db } = database;
    const regionPlans = await db.select().from(plans);
    expect(regionPlans.map((plan) => plan.phase).sort()).toEqual(["results", "voting"]);
    const finished = regionPlans.find((plan) => plan.phase === "results");
    const [outcome] = await db.select().from(outcomes).where(eq(outcomes.planId, finished?.id ?? ""));
    expect(outcome?.spentPence).toBeGreaterThan(0);
    expect(outcome?.spentPence).toBeLessThanOrEqual(outcome?.budgetPence ?? 0);
    const selected = await db.$count(proposals, sql`${proposals.planId} = ${finished?.id ?? ""} and ${proposals.status} = 'selected'`);
    expect(selected).toBeGreaterThan(0);
  });

  it("empties every table with one truncate, ready to seed again", async () => {
    const { db } = database;
    expect(appTableNames()).toContain("proposals");
    expect(appTableNames()).toContain("audit_log");
    await truncateAll(db);
    expect(await countRegions(db)).toBe(0);
    expect(await db.$count(users)).toBe(0);
    await seedScale(db, SCALE);
    expect(await db.$count(regions)).toBe(1);
  });
});
