// Server time of the measures page's database work on the large seed, and how many queries it runs.
// Asserts nothing; prints figures. Run: npx tsx bench/measures.bench.ts
//   BENCH_DATABASE_URL=postgres://…/db  reuse an already seeded database (seed: tsx db/cli/seed.ts --scale 1)
//   otherwise a fresh database is created on TEST_DATABASE_URL's server (default 127.0.0.1:5432), seeded, then dropped.
import { randomBytes } from "node:crypto";
import { desc, eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { connect } from "../db/connect";
import { getPlanMeasures } from "../db/queries/measures";
import { getPublicPlanBySlug } from "../db/queries/plans";
import { plans, proposals } from "../db/schema";
import { seedDemo } from "../db/seed/demo";
import { seedScale } from "../db/seed/scale";
import { adminUrl, databaseUrlFor } from "../db/testing/urls";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);

async function prepare(): Promise<{ url: string; cleanup: () => Promise<void> }> {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, cleanup: async () => {} };
  const server = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `pp_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl(server), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = databaseUrlFor(server, name);
  const seeding = await connect({ databaseUrl: url, maxConnections: 4 });
  await seeding.migrate();
  const started = performance.now();
  await seedDemo(seeding.db);
  await seedScale(seeding.db, Number(process.env.BENCH_SCALE ?? 1));
  console.log(`seeded --scale ${process.env.BENCH_SCALE ?? 1} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await seeding.db.execute(sql`analyze`);
  await seeding.close();
  return {
    url,
    cleanup: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function main() {
  const { url, cleanup } = await prepare();
  let queries = 0;
  const connection = await connect({ databaseUrl: url, maxConnections: 10, onQuery: () => queries++ });
  const db = connection.db;
  const [largest] = await db
    .select({ slug: plans.slug, n: sql<number>`count(${proposals.id})::int` })
    .from(plans)
    .leftJoin(proposals, eq(proposals.planId, plans.id))
    .groupBy(plans.slug)
    .orderBy(desc(sql`count(${proposals.id})`))
    .limit(1);
  if (!largest) throw new Error("no plans");
  console.log(`plan ${largest.slug}: ${largest.n} proposals; ${RUNS} runs (Postgres, this machine)\n`);
  const times: number[] = [];
  let perPage = 0;
  let people = 0;
  for (let run = 0; run <= RUNS; run++) {
    queries = 0;
    const started = performance.now();
    // What app/plans/[slug]/measures/page.tsx asks the database for.
    const plan = await getPublicPlanBySlug(db, largest.slug);
    if (!plan) throw new Error("plan vanished");
    const measures = await getPlanMeasures(db, { id: plan.id, regionId: plan.regionId });
    if (run > 0) times.push(performance.now() - started); // run 0 warms the cache
    perPage = queries;
    people = measures.reach.totalPeople;
  }
  console.log(`people taking part: ${people}`);
  console.log("scenario                        median ms   p95 ms   queries/page");
  console.log(`${"measures page".padEnd(32)}${percentile(times, 50).toFixed(1).padStart(9)}${percentile(times, 95).toFixed(1).padStart(9)}${String(perPage).padStart(15)}`);
  await connection.close();
  await cleanup();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
