// Server time of the measures pages on the large seed: the database work computed afresh and read
// from a snapshot, and (after `npm run build`) whole pages rendered by the production server.
// Asserts nothing; prints figures. Run: npx tsx bench/measures.bench.ts
//   BENCH_DATABASE_URL=postgres://…/db  reuse an already seeded database (seed: tsx db/cli/seed.ts --scale 1)
//   otherwise a fresh database is created on TEST_DATABASE_URL's server (default 127.0.0.1:5432), seeded, then dropped.
//   BENCH_PORT (default 3300) is where the production server listens for the page timings.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { eq } from "drizzle-orm";
import { connect, type Database } from "../db/connect";
import { getPlanMeasures, PLAN_MEASURES_VERSION } from "../db/queries/measures/get-plan-measures";
import { forgetRegionSnapshots, planSnapshotKey, readThroughSnapshot, regionSnapshotKey } from "../db/queries/measures/measure-snapshots";
import { getPublicPlanBySlug } from "../db/queries/plans/get-plan";
import { getRegionMeasures, REGION_MEASURES_VERSION } from "../db/queries/measures/get-region-measures";
import { regions } from "../db/schema";
import { largestPlan, percentile, prepareScaledDatabase, RUNS } from "./support";

const policy = { freshMs: 60_000, staleMs: 1_800_000 };
const row = (name: string, times: number[], extra: string) =>
  console.log(`${name.padEnd(44)}${percentile(times, 50).toFixed(1).padStart(9)}${percentile(times, 95).toFixed(1).padStart(9)}   ${extra}`);
const header = (what: string) => console.log(`\n${what.padEnd(44)}median ms   p95 ms`);

async function time(runs: number, work: () => Promise<unknown>, before: () => Promise<unknown> = async () => {}): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    await before();
    const started = performance.now();
    await work();
    if (run > 0) times.push(performance.now() - started); // run 0 warms Postgres's cache
  }
  return times;
}

async function benchSnapshot<T>(db: Database, counter: { queries: number }, name: string, key: string, version: number, compute: () => Promise<T>) {
  counter.queries = 0;
  const computed = await time(RUNS, compute);
  row(`${name}: computed`, computed, `${counter.queries / (RUNS + 1)} queries`);
  const request = { key, version, policy, compute, schedule: () => undefined };
  const { data } = await readThroughSnapshot(db, request); // stores a fresh snapshot
  counter.queries = 0;
  const cached = await time(RUNS, () => readThroughSnapshot(db, request));
  row(`${name}: from a fresh snapshot`, cached, `${counter.queries / (RUNS + 1)} queries, ${(JSON.stringify(data).length / 1024).toFixed(0)} KiB`);
}

async function benchDatabase(db: Database, counter: { queries: number }, plan: { id: string; regionId: string }) {
  header("database work");
  await benchSnapshot(db, counter, "plan page", planSnapshotKey(plan.id), PLAN_MEASURES_VERSION, () => getPlanMeasures(db, plan));
  await benchSnapshot(db, counter, "region page", regionSnapshotKey(plan.regionId), REGION_MEASURES_VERSION, () => getRegionMeasures(db, plan.regionId));
}

async function benchPages(url: string, db: Database, plan: { slug: string; regionId: string }) {
  if (!existsSync(".next/BUILD_ID")) {
    console.log("\n(no production build: run `npm run build` for whole-page timings)");
    return;
  }
  const [region] = await db.select({ slug: regions.slug }).from(regions).where(eq(regions.id, plan.regionId));
  const port = Number(process.env.BENCH_PORT ?? 3300);
  const server = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: url, APP_ENV: "production", AUTH_SECRET: "bench-only", JOB_WORKERS: "off", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries++) {
      const ready = await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false);
      if (ready) break;
      if (tries > 120) throw new Error("the production server did not start");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const get = async (path: string) => {
      const response = await fetch(`${base}${path}`);
      const body = await response.text();
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return body.length;
    };
    header("whole page from the production server");
    const runs = Math.max(5, Math.round(RUNS / 3));
    for (const [name, path] of [
      ["plan measures page", `/plans/${plan.slug}/measures`],
      ["region measures page", `/measures?region=${region?.slug ?? ""}`],
    ] as const) {
      const bytes = await get(path);
      // Cold: every snapshot of the region dropped first, as a count or an import does.
      const cold = await time(runs, () => get(path), () => forgetRegionSnapshots(db, plan.regionId));
      row(`${name}: cold (computed)`, cold, `${(bytes / 1024).toFixed(0)} KiB of HTML`);
      await get(path);
      const warm = await time(RUNS, () => get(path));
      row(`${name}: from its snapshot`, warm, "");
    }
  } finally {
    server.kill("SIGTERM");
  }
}

async function main() {
  const { url, cleanup } = await prepareScaledDatabase();
  const counter = { queries: 0 };
  const connection = await connect({ databaseUrl: url, maxConnections: 10, onQuery: () => counter.queries++ });
  const db = connection.db;
  const largest = await largestPlan(db);
  const plan = await getPublicPlanBySlug(db, largest.slug);
  if (!plan) throw new Error("the largest plan is not public");
  const measures = await getPlanMeasures(db, plan);
  console.log(`plan ${largest.slug}: ${largest.n} proposals, ${measures.reach.totalPeople} people taking part; ${RUNS} runs (Postgres, this machine)`);
  await benchDatabase(db, counter, plan);
  await benchPages(url, db, plan);
  await forgetRegionSnapshots(db, plan.regionId);
  await connection.close();
  await cleanup();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
