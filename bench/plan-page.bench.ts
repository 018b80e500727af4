// Server time of the plan page's database work on the large seed, and how many queries it runs.
// Asserts nothing; prints figures. Run: npx tsx bench/plan-page.bench.ts
//   BENCH_DATABASE_URL=postgres://…/db  reuse an already seeded database (seed: tsx db/cli/seed.ts --scale 1)
//   otherwise a fresh database is created on TEST_DATABASE_URL's server (default 127.0.0.1:5432), seeded, then dropped.
import { connect } from "../db/connect";
import { listRegionAreas } from "../db/queries/geography/list-areas";
import { getPublicPlanBySlug } from "../db/queries/plans/get-plan";
import { listPlanThemes } from "../db/queries/plans/list-plan-themes";
import { searchPlanProposals } from "../db/queries/proposals/search-proposals";
import { parsePage } from "../lib/shared/pagination";
import { parseProposalFilters } from "../lib/proposals/proposal-filters";
import { largestPlan, percentile, prepareScaledDatabase, RUNS } from "./support";

async function main() {
  const { url, cleanup } = await prepareScaledDatabase();
  let queries = 0;
  const connection = await connect({ databaseUrl: url, maxConnections: 10, onQuery: () => queries++ });
  const db = connection.db;
  const largest = await largestPlan(db);
  console.log(`plan ${largest.slug}: ${largest.n} proposals; ${RUNS} runs per scenario (Postgres, this machine)\n`);

  const scenarios: [string, Record<string, string>, string][] = [
    ["newest, page 1", {}, "1"],
    ["newest, page 100", {}, "100"],
    ["most supported", { sort: "supported" }, "1"],
    ["most pledged", { sort: "pledged" }, "1"],
    ["leverage", { sort: "leverage" }, "1"],
    ["random (seeded), page 10", { sort: "random", seed: "bench1" }, "10"],
    ["search 'community'", { q: "community" }, "1"],
    ["deciles 1–2 + open needs", { band: "1-2", needs: "1" }, "1"],
    ["proposed by businesses", { by: "business" }, "1"],
  ];
  console.log("scenario                        median ms   p95 ms   queries/page");
  for (const [label, query, pageNumber] of scenarios) {
    const times: number[] = [];
    let perPage = 0;
    for (let run = 0; run <= RUNS; run++) {
      queries = 0;
      const started = performance.now();
      // What app/plans/[slug]/page.tsx asks the database for.
      const plan = await getPublicPlanBySlug(db, largest.slug);
      if (!plan) throw new Error("plan vanished");
      await Promise.all([
        searchPlanProposals(db, plan.id, parseProposalFilters(query), parsePage(pageNumber)),
        listPlanThemes(db, plan.id, plan.region.id),
        listRegionAreas(db, plan.region.id, plan.id),
      ]);
      if (run > 0) times.push(performance.now() - started); // run 0 warms the cache
      perPage = queries;
    }
    console.log(`${label.padEnd(32)}${percentile(times, 50).toFixed(1).padStart(9)}${percentile(times, 95).toFixed(1).padStart(9)}${String(perPage).padStart(15)}`);
  }
  await connection.close();
  await cleanup();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
