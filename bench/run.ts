// Runs the benchmarks one after another, each in its own process as if started by hand, so one's
// database and timers never colour the next's figures. Run: npm run bench [-- name …] [-- --list]
//   with no names, every bench/*.bench.ts in name order; a name is the file's without ".bench.ts".
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const folder = path.dirname(fileURLToPath(import.meta.url));
const SUFFIX = ".bench.ts";

function listBenchmarks(): string[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith(SUFFIX))
    .map((file) => file.slice(0, -SUFFIX.length))
    .sort();
}

function runBenchmark(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(folder, `${name}${SUFFIX}`)], { stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const args = process.argv.slice(2);
  const known = listBenchmarks();
  if (args.includes("--list")) {
    for (const name of known) console.log(name);
    return;
  }
  const unknown = args.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    console.error(`No benchmark named ${unknown.join(", ")}. There are: ${known.join(", ")}`);
    process.exitCode = 2;
    return;
  }
  const chosen = args.length > 0 ? args : known;
  const failed: string[] = [];
  for (const name of chosen) {
    console.log(`\n=== ${name} ===`);
    if ((await runBenchmark(name)) !== 0) failed.push(name);
  }
  if (failed.length > 0) {
    console.error(`\nFailed: ${failed.join(", ")}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
