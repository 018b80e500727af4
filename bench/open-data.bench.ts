// How fast the open-data API's queries page through the largest plan's proposals at per_page 100.
// Asserts nothing; prints figures. Run: npx tsx bench/open-data.bench.ts
//   BENCH_DATABASE_URL=postgres://…/db  reuse an already seeded database (seed: tsx db/cli/seed.ts --scale 1)
//   otherwise a fresh database is created on TEST_DATABASE_URL's server (default 127.0.0.1:5432), seeded, then dropped.
import { connect } from "../db/connect";
import { findOpenPlan } from "../db/queries/open-data/list-open-plans";
import { openProposals } from "../db/queries/open-data/list-open-proposals";
import { readPage } from "../db/queries/open-data/open-list";
import { largestPlan, percentile, prepareScaledDatabase, RUNS } from "./support";

const PER_PAGE = 100;

async function main() {
  const { url, cleanup } = await prepareScaledDatabase();
  let queries = 0;
  const connection = await connect({ databaseUrl: url, maxConnections: 10, onQuery: () => queries++ });
  const db = connection.db;
  const largest = await largestPlan(db);
  const plan = await findOpenPlan(db, largest.slug);
  if (!plan) throw new Error(`the largest plan, ${largest.slug}, is a draft`);
  const passes = Math.max(1, Math.ceil(RUNS / 10));
  console.log(`plan ${largest.slug}: ${largest.n} proposals; ${passes} full passes at per_page ${PER_PAGE} (Postgres, this machine)\n`);

  const pageTimes: number[] = [];
  let pages = 0;
  let rows = 0;
  let elapsed = 0;
  for (let pass = 0; pass <= passes; pass++) {
    // What GET /api/v1/plans/{slug}/proposals?page=n&per_page=100 asks of the database, page after page.
    let page = 1;
    let total = Infinity;
    while ((page - 1) * PER_PAGE < total) {
      queries = 0;
      const started = performance.now();
      const result = await readPage(openProposals, db, plan.id, { limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
      const took = performance.now() - started;
      total = result.total;
      if (pass > 0) {
        // pass 0 warms the cache
        pageTimes.push(took);
        elapsed += took;
        pages++;
        rows += result.rows.length;
        if (queries !== 2) throw new Error(`page ${page} ran ${queries} queries`);
      }
      page++;
    }
  }
  const seconds = elapsed / 1000;
  console.log("pages  rows     pages/s   rows/s   median ms/page   p95 ms/page   last page ms   queries/page");
  console.log(
    `${String(pages).padEnd(7)}${String(rows).padEnd(9)}${(pages / seconds).toFixed(1).padStart(7)}${(rows / seconds).toFixed(0).padStart(9)}` +
      `${percentile(pageTimes, 50).toFixed(1).padStart(17)}${percentile(pageTimes, 95).toFixed(1).padStart(14)}${(pageTimes.at(-1) ?? Number.NaN).toFixed(1).padStart(15)}${"2".padStart(15)}`,
  );
  await connection.close();
  await cleanup();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
