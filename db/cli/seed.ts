/**
 * Seeds the database: `tsx db/cli/seed.ts [--if-empty] [--reset] [--scale N]`.
 *
 *   (no flag)   seed the Northbridge demo; refuse if there is data already
 *   --if-empty  seed only when there are no regions yet, so restarting the app keeps its data
 *   --reset     empty every app table first, then seed
 *   --scale N   also generate a large region (N=1: 50k people, 5k proposals, 100k comments, 50k ballots)
 *
 * Uses DATABASE_URL when set, otherwise the embedded PGlite database under .data/pglite.
 */
import { parseArgs } from "node:util";
import { databaseUrl } from "../../env";
import { connect } from "../connect";
import { seedDemo } from "../seed/demo";
import { countRegions, truncateAll } from "../seed/reset";
import { seedScale } from "../seed/scale";
import { totalRows, type SeedSummary } from "../seed/types";

function parseOptions() {
  const { values } = parseArgs({
    options: {
      "if-empty": { type: "boolean", default: false },
      reset: { type: "boolean", default: false },
      scale: { type: "string" },
    },
    strict: true,
  });
  if (values["if-empty"] && values.reset) throw new Error("--if-empty and --reset contradict each other; choose one.");
  const scale = values.scale === undefined ? null : Number(values.scale);
  if (scale !== null && !(scale > 0)) throw new Error(`--scale needs a positive number, not "${values.scale}".`);
  return { ifEmpty: values["if-empty"], reset: values.reset, scale };
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)}s`;

function report(summary: SeedSummary, since: number) {
  console.log(`Seeded ${summary.label}: ${totalRows(summary).toLocaleString("en-GB")} rows in ${seconds(since)}`);
  const width = Math.max(...Object.keys(summary.rows).map((name) => name.length));
  for (const [table, count] of Object.entries(summary.rows)) {
    if (count > 0) console.log(`  ${table.padEnd(width)}  ${count.toLocaleString("en-GB").padStart(9)}`);
  }
}

async function main() {
  const options = parseOptions();
  const started = performance.now();
  const connection = await connect({ databaseUrl: databaseUrl() });
  try {
    const where = connection.engine === "pglite" ? "embedded PGlite" : "Postgres (DATABASE_URL)";
    await connection.migrate();
    console.log(`Migrated ${where} in ${seconds(started)}`);
    const { db } = connection;

    const regions = await countRegions(db);
    if (options.ifEmpty && regions > 0) {
      console.log(`The database already has ${regions} region(s); nothing to seed (--if-empty).`);
      return;
    }
    if (options.reset) {
      const since = performance.now();
      await truncateAll(db);
      console.log(`Emptied every app table in ${seconds(since)}`);
    } else if (regions > 0) {
      throw new Error(
        `The database already has ${regions} region(s). Run with --reset to empty it first, or --if-empty to leave it alone.`,
      );
    }

    let since = performance.now();
    report(await seedDemo(db), since);
    if (options.scale !== null) {
      since = performance.now();
      report(await seedScale(db, options.scale), since);
    }
    console.log(`Done in ${seconds(started)}`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
