// Prints timings for the outcome rules; asserts nothing. Run: npx tsx bench/outcome.bench.ts
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { computeOutcome } from "../lib/outcome";
import type { OutcomeInput } from "../lib/outcome/types";
import { approvalView, parsePabulib } from "../lib/pabulib/parse";

const fixtures = fileURLToPath(new URL("../lib/outcome/fixtures/", import.meta.url));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time<T>(runs: number, work: () => T): { ms: number; all: number[]; result: T } {
  const all: number[] = [];
  let result = work();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = work();
    all.push(performance.now() - start);
  }
  return { ms: median(all), all, result };
}

const show = (ms: number) => `${ms.toFixed(0)} ms`;

// --- MES + add1 on a real election: Warszawa 2020, Wawer (5,452 voters, 137 projects) -------------
{
  const parseStart = performance.now();
  const election = parsePabulib(readFileSync(`${fixtures}Poland_Warszawa_2020_Wawer.pb`, "utf8"));
  const ballots = approvalView(election);
  const parseMs = performance.now() - parseStart;
  const input: OutcomeInput = { rule: "mes_add1", budget: Number(election.meta.budget), projects: election.projects, ballots };
  const coldStart = performance.now();
  const cold = computeOutcome(input);
  const coldMs = performance.now() - coldStart;
  const warm = time(5, () => computeOutcome(input));
  console.log("Wawer 2020 (5,452 voters, 137 projects), MES + add1, cost utilities");
  console.log(`  parse .pb + approval view: ${show(parseMs)}`);
  console.log(`  first run (cold JIT):      ${show(coldMs)}`);
  console.log(`  median of 5 warm runs:     ${show(warm.ms)}   [${warm.all.map(show).join(", ")}]`);
  console.log(`  add1 increments: ${cold.stages[0]?.add1Increments}, selected ${cold.selected.length}, spent ${cold.spent} of ${cold.budget}`);
  const plain = time(5, () => computeOutcome({ ...input, rule: "mes" }));
  console.log(`  plain MES, median of 5:    ${show(plain.ms)}`);
}

// --- Plain MES on a generated election: 100,000 ballots, 200 projects ----------------------------
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function generateElection(voters: number, projectCount: number, seed: number): OutcomeInput {
  const random = mulberry32(seed);
  const projects = Array.from({ length: projectCount }, (_, i) => ({
    id: String(i + 1),
    cost: 100 * Math.round(50 + random() * 4950) * 100, // £5,000 to £500,000, in pence
  }));
  // Popularity falls off like a Zipf law, so a few projects are much more approved than most.
  const weights = projects.map((_, i) => 1 / (i + 1) ** 0.8);
  const cumulative: number[] = [];
  weights.reduce((sum, w) => (cumulative.push(sum + w), sum + w), 0);
  const totalWeight = cumulative[cumulative.length - 1] ?? 1;
  const pick = () => {
    const target = random() * totalWeight;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return projects[lo]?.id ?? "1";
  };
  const ballots = Array.from({ length: voters }, () => {
    const size = random() < 0.02 ? 0 : 1 + Math.floor(random() * 12);
    const ballot = new Set<string>();
    while (ballot.size < size) ballot.add(pick());
    return ballot;
  });
  const budget = Math.round(projects.reduce((sum, p) => sum + p.cost, 0) * 0.3);
  return { rule: "mes", budget, projects, ballots };
}

{
  const genStart = performance.now();
  const input = generateElection(100_000, 200, 20240601);
  const genMs = performance.now() - genStart;
  const approvals = input.ballots.reduce((sum, b) => sum + [...b].length, 0);
  const run = time(3, () => computeOutcome(input));
  console.log("\nGenerated (seed 20240601): 100,000 ballots, 200 projects, plain MES, cost utilities");
  console.log(`  generation (not timed below): ${show(genMs)}, ${approvals.toLocaleString("en-GB")} approvals`);
  console.log(`  median of 3 runs:            ${show(run.ms)}   [${run.all.map(show).join(", ")}]`);
  console.log(`  selected ${run.result.selected.length}, spent ${run.result.spent} of ${run.result.budget}`);
}
