import { createHash } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { beforeAll, expect, it } from "vitest";
import type { Database } from "../connect";
import { equalityOptions, equalityQuestionKeys, PREFER_NOT_TO_SAY } from "../../lib/people/equality";
import {
  areaPopulationGroups,
  areas,
  ballots,
  comments,
  equalityAnswers,
  organisations,
  outcomeProjects,
  outcomes,
  plans,
  pledges,
  proposals,
  staffRoles,
  supports,
  users,
} from "../schema";
import { describeWithDatabase } from "../testing/describe-with-database";
import { createTestDatabase } from "../testing/test-database";
import { demoPersonas } from "./content/people";
import { seedDemo } from "./demo";

type Point = [number, number];

function inside([x, y]: Point, ring: Point[]): boolean {
  let within = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] ?? [0, 0];
    const [xj, yj] = ring[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) within = !within;
  }
  return within;
}

function ringOf(boundary: (typeof areas.$inferSelect)["boundary"]): Point[] {
  if (boundary?.type !== "Polygon") throw new Error("expected a Polygon");
  return (boundary.coordinates[0] ?? []).map(([lon = NaN, lat = NaN]): Point => [lon, lat]);
}

/** A digest of whole tables in primary-key order: equal digests mean equal rows. */
async function digest(db: Database): Promise<string> {
  const hash = createHash("sha256");
  const dump = async (table: PgTable, ...order: Parameters<typeof asc>[0][]) => {
    const rows = await db.select().from(table).orderBy(...order.map((column) => asc(column)));
    hash.update(JSON.stringify(rows));
  };
  await dump(proposals, proposals.id);
  await dump(comments, comments.id);
  await dump(pledges, pledges.id);
  await dump(supports, supports.proposalId, supports.userId);
  await dump(ballots, ballots.id);
  await dump(users, users.id);
  await dump(outcomeProjects, outcomeProjects.proposalId);
  await dump(areaPopulationGroups, areaPopulationGroups.areaId, areaPopulationGroups.question, areaPopulationGroups.answer);
  await dump(equalityAnswers, equalityAnswers.userId);
  return hash.digest("hex");
}

describeWithDatabase("the Northbridge demo seed", (database) => {
  beforeAll(async () => {
    await seedDemo(database.db);
  });

  it("has twelve neighbourhoods spanning every IMD decile, several in the most deprived two", async () => {
    const rows = await database.db.select().from(areas);
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((area) => area.imdDecile))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect(rows.filter((area) => area.imdDecile <= 2).length).toBeGreaterThanOrEqual(3);
    for (const area of rows) {
      expect(area.code).toMatch(/^E05\d{6}$/);
      expect(area.population).toBeGreaterThanOrEqual(6000);
      expect(area.population).toBeLessThanOrEqual(16000);
    }
  });

  it("holds residents by group for every ward, adding up to its population (work: those aged 16 and over)", async () => {
    const wards = await database.db.select().from(areas);
    const groups = await database.db.select().from(areaPopulationGroups);
    for (const ward of wards) {
      const mine = groups.filter((g) => g.areaId === ward.id);
      const total = (question: string) => mine.filter((g) => g.question === question).reduce((sum, g) => sum + g.people, 0);
      const underSixteen = mine.find((g) => g.question === "age_band" && g.answer === "Under 16")?.people ?? 0;
      expect([total("age_band"), total("gender"), total("ethnicity"), total("disability"), total("employment_status")]).toEqual([
        ward.population,
        ward.population,
        ward.population,
        ward.population,
        ward.population - underSixteen,
      ]);
    }
    for (const question of equalityQuestionKeys) {
      const answers = new Set(groups.filter((g) => g.question === question).map((g) => g.answer));
      expect([...answers].sort()).toEqual([...equalityOptions(question)].sort());
    }
  });

  it("gives people only answers the profile form offers, so they can be set against the census", async () => {
    const rows = await database.db.select().from(equalityAnswers);
    expect(rows.length).toBeGreaterThan(100);
    const columns = { age_band: "ageBand", gender: "gender", ethnicity: "ethnicity", disability: "disability", employment_status: "employmentStatus" } as const;
    for (const question of equalityQuestionKeys) {
      const allowed = new Set<string | null>([...equalityOptions(question), PREFER_NOT_TO_SAY, null]);
      for (const row of rows) expect(allowed.has(row[columns[question]])).toBe(true);
    }
  });

  it("draws every boundary as a closed polygon, and the polygons do not overlap", async () => {
    const rows = await database.db.select().from(areas);
    const rings = rows.map((area) => ringOf(area.boundary));
    for (const ring of rings) {
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      for (const [lon, lat] of ring) {
        expect(lon).toBeGreaterThan(-1.7);
        expect(lon).toBeLessThan(-1.3);
        expect(lat).toBeGreaterThan(53.7);
        expect(lat).toBeLessThan(53.9);
      }
    }
    // Each area's vertex average lies in its own polygon and in no other.
    for (const ring of rings) {
      const vertices = ring.slice(0, -1);
      const centre: Point = [
        vertices.reduce((sum, [lon]) => sum + lon, 0) / vertices.length,
        vertices.reduce((sum, [, lat]) => sum + lat, 0) / vertices.length,
      ];
      expect(rings.filter((other) => inside(centre, other))).toEqual([ring]);
    }
  });

  it("puts every pinned proposal inside its own neighbourhood", async () => {
    const rows = await database.db
      .select({ latitude: proposals.latitude, longitude: proposals.longitude, boundary: areas.boundary })
      .from(proposals)
      .innerJoin(areas, eq(areas.id, proposals.areaId))
      .where(sql`${proposals.latitude} is not null`);
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(inside([row.longitude ?? 0, row.latitude ?? 0], ringOf(row.boundary))).toBe(true);
  });

  it("has the people, organisations and proposals the demo needs", async () => {
    const { db } = database;
    expect(await db.$count(users)).toBeGreaterThanOrEqual(60);
    const sectors = await db.selectDistinct({ sector: organisations.sector }).from(organisations);
    expect(await db.$count(organisations)).toBeGreaterThanOrEqual(15);
    expect(sectors).toHaveLength(4);
    expect(await db.$count(proposals)).toBeGreaterThanOrEqual(80);
    const roles = await db.select({ role: staffRoles.role }).from(staffRoles);
    expect(roles.filter((row) => row.role === "moderator").length).toBeGreaterThanOrEqual(2);
    expect(roles.filter((row) => row.role === "reviewer").length).toBeGreaterThanOrEqual(2);
    expect(roles.filter((row) => row.role === "admin").length).toBeGreaterThanOrEqual(1);
  });

  it("signs in every persona as a real user with the roles it claims", async () => {
    const { db } = database;
    for (const persona of demoPersonas) {
      const [user] = await db.select().from(users).where(eq(users.email, persona.email));
      expect(user?.name).toBe(persona.name);
      const granted = await db.select({ role: staffRoles.role }).from(staffRoles).where(eq(staffRoles.userId, user?.id ?? ""));
      expect(granted.map((row) => row.role).sort()).toEqual([...persona.roles].sort());
    }
  });

  it("has a plan in its ideas phase and a finished plan with ballots and a current outcome", async () => {
    const { db } = database;
    const [ideas] = await db.select().from(plans).where(eq(plans.slug, "northbridge-2027"));
    const [finished] = await db.select().from(plans).where(eq(plans.slug, "northbridge-2026"));
    expect(ideas?.phase).toBe("ideas");
    expect(["adopted", "delivery"]).toContain(finished?.phase);
    const planBallots = await db.select().from(ballots).where(eq(ballots.planId, finished?.id ?? ""));
    expect(planBallots.filter((ballot) => ballot.source === "online").length).toBeGreaterThanOrEqual(200);
    expect(planBallots.filter((ballot) => ballot.source === "paper").length).toBeGreaterThan(0);

    const [outcome] = await db.select().from(outcomes).where(eq(outcomes.planId, finished?.id ?? ""));
    expect(outcome?.isCurrent).toBe(true);
    expect(outcome?.spentPence).toBeLessThanOrEqual(outcome?.budgetPence ?? 0);
    const results = await db
      .select({ selected: outcomeProjects.selected, status: proposals.status, votes: outcomeProjects.votes })
      .from(outcomeProjects)
      .innerJoin(proposals, eq(proposals.id, outcomeProjects.proposalId))
      .where(eq(outcomeProjects.outcomeId, outcome?.id ?? ""));
    expect(results.length).toBeGreaterThan(10);
    for (const result of results) {
      expect(result.selected ? ["selected", "adopted", "in_delivery", "delivered"] : ["not_selected"]).toContain(result.status);
    }
    expect(new Set(results.map((result) => result.status))).toEqual(
      new Set(["selected", "not_selected", "adopted", "in_delivery", "delivered"]),
    );
  });

  it("stores online votes in the outcome that match the ballot choices", async () => {
    const mismatches = await database.db
      .select({ proposalId: outcomeProjects.proposalId })
      .from(outcomeProjects)
      .where(
        sql`${outcomeProjects.votes} <> (select count(*) from ballot_choices c join ballots b on b.id = c.ballot_id
              where c.proposal_id = ${outcomeProjects.proposalId} and b.source = 'online')
         or ${outcomeProjects.paperVotes} <> (select count(*) from ballot_choices c join ballots b on b.id = c.ballot_id
              where c.proposal_id = ${outcomeProjects.proposalId} and b.source = 'paper')`,
      );
    expect(mismatches).toEqual([]);
  });

  it("keeps every proposal's counters equal to the rows they count", async () => {
    const drift = await database.db
      .select({ id: proposals.id, title: proposals.title })
      .from(proposals)
      .where(
        sql`${proposals.supportCount} <> (select count(*) from supports s where s.proposal_id = ${proposals.id})
         or ${proposals.commentCount} <> (select count(*) from comments c where c.proposal_id = ${proposals.id}
              and c.deleted_at is null and c.hidden_at is null)
         or ${proposals.openNeedCount} <> (select count(*) from needs n where n.proposal_id = ${proposals.id} and n.status = 'open')
         or ${proposals.pledgedValuePence} <> (select coalesce(sum(round(p.quantity * r.pence_per_unit)), 0)
              from pledges p join pledge_rates r on r.plan_id = ${proposals.planId} and r.kind = p.kind
              where p.proposal_id = ${proposals.id} and p.status in ('offered', 'confirmed', 'delivered'))`,
      );
    expect(drift).toEqual([]);
    const [totals] = await database.db
      .select({ supports: sql<number>`sum(${proposals.supportCount})::int`, pledged: sql<number>`sum(${proposals.pledgedValuePence})::bigint` })
      .from(proposals);
    expect(Number(totals?.supports)).toBeGreaterThan(500);
    expect(Number(totals?.pledged)).toBeGreaterThan(0);
  });

  it("writes identical rows when seeded again into a fresh database", async () => {
    const second = await createTestDatabase(database.engine);
    try {
      await seedDemo(second.db);
      expect(await digest(second.db)).toBe(await digest(database.db));
    } finally {
      await second.destroy();
    }
  });
});
