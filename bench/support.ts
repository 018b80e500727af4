// Shared by the benchmarks: a large seeded Postgres database to measure against, and percentiles.
import { randomBytes } from "node:crypto";
import { desc, eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { connect, type Database } from "../db/connect";
import { plans, proposals } from "../db/schema";
import { seedDemo } from "../db/seed/demo";
import { seedScale } from "../db/seed/scale";
import { adminUrl, databaseUrlFor } from "../db/testing/urls";

export const RUNS = Number(process.env.BENCH_RUNS ?? 30);

/**
 * BENCH_DATABASE_URL reuses an already seeded database (seed: tsx db/cli/seed.ts --scale 1);
 * otherwise a fresh database on TEST_DATABASE_URL's server (default 127.0.0.1:5432) is seeded
 * with the demo and --scale BENCH_SCALE (default 1), analysed, and dropped by `cleanup`.
 */
export async function prepareScaledDatabase(): Promise<{ url: string; cleanup: () => Promise<void> }> {
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

/** The plan with the most proposals: the worst case a page has to serve. */
export async function largestPlan(db: Database) {
  const [largest] = await db
    .select({ slug: plans.slug, n: sql<number>`count(${proposals.id})::int` })
    .from(plans)
    .leftJoin(proposals, eq(proposals.planId, plans.id))
    .groupBy(plans.slug)
    .orderBy(desc(sql`count(${proposals.id})`))
    .limit(1);
  if (!largest) throw new Error("no plans");
  return largest;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
