// Server time of the measures page's database work on the large seed, and how many queries it runs.
// Asserts nothing; prints figures. Run: npx tsx bench/measures.bench.ts
//   BENCH_DATABASE_URL=postgres://…/db  reuse an already seeded database (seed: tsx db/cli/seed.ts --scale 1)
//   otherwise a fresh database is created on TEST_DATABASE_URL's server (default 127.0.0.1:5432), seeded, then dropped.
import { connect } from "../db/connect";
import { getPlanMeasures } from "../db/queries/measures";
import { getPublicPlanBySlug } from "../db/queries/plans";
import { largestPlan, percentile, prepareScaledDatabase, RUNS } from "./support";

async function main() {
  const { url, cleanup } = await prepareScaledDatabase();
  let queries = 0;
  const connection = await connect({ databaseUrl: url, maxConnections: 10, onQuery: () => queries++ });
  const db = connection.db;
  const largest = await largestPlan(db);
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
