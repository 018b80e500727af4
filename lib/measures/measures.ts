import { percentOf } from "../shared/money";

/** Counts below this are never shown, so no one can be picked out of a small group. */
export const SMALL_NUMBER = 5;

/** The most deprived fifth of neighbourhoods in England (IMD deciles 1–2) and the least (9–10). */
export const MOST_DEPRIVED_DECILES = [1, 2] as const;
export const LEAST_DEPRIVED_DECILES = [9, 10] as const;

/** People per 1,000 residents to one decimal place; null where no one lives (nothing to divide by). */
export function perThousand(count: number, population: number): number | null {
  if (population <= 0) return null;
  return Math.round((count * 10_000) / population) / 10;
}

export interface DecileRow {
  imdDecile: number;
  count: number;
  population: number;
}

/** Sums area rows into one row per IMD decile, 1 to 10, including deciles with no areas. */
export function sumByDecile(rows: readonly DecileRow[]): DecileRow[] {
  const byDecile = Array.from({ length: 10 }, (_, index) => ({ imdDecile: index + 1, count: 0, population: 0 }));
  for (const row of rows) {
    const target = byDecile[row.imdDecile - 1];
    if (!target) continue;
    target.count += row.count;
    target.population += row.population;
  }
  return byDecile;
}

export interface FifthsGap {
  mostDeprivedPerThousand: number | null;
  leastDeprivedPerThousand: number | null;
  /** Most deprived minus least deprived, per 1,000: positive means the most deprived take part more. */
  gapPerThousand: number | null;
}

/** The reach gap between the most and least deprived fifths, each computed from its own totals. */
export function deprivationGap(rows: readonly DecileRow[]): FifthsGap {
  const fifth = (deciles: readonly number[]) => {
    const inFifth = rows.filter((row) => deciles.includes(row.imdDecile));
    const count = inFifth.reduce((sum, row) => sum + row.count, 0);
    const population = inFifth.reduce((sum, row) => sum + row.population, 0);
    return perThousand(count, population);
  };
  const most = fifth(MOST_DEPRIVED_DECILES);
  const least = fifth(LEAST_DEPRIVED_DECILES);
  return {
    mostDeprivedPerThousand: most,
    leastDeprivedPerThousand: least,
    gapPerThousand: most === null || least === null ? null : Math.round((most - least) * 10) / 10,
  };
}

export type SuppressedCount =
  | { shown: true; value: number }
  | { shown: false; reason: "small" | "secondary" };

export interface SuppressedGroup {
  cells: SuppressedCount[];
  total: SuppressedCount;
}

/**
 * Small-number suppression for one group of counts that add up to a published total.
 * Counts from 1 to 4 are hidden ("small"); a zero is shown, since it picks out no one. If what is
 * hidden could still be worked out from the total (only one cell hidden, or the hidden cells adding
 * up to fewer than 5), the next smallest non-zero cells are hidden too ("secondary") until it cannot.
 */
export function suppressSmallNumbers(counts: readonly number[], threshold = SMALL_NUMBER): SuppressedGroup {
  const isSmall = (value: number) => value > 0 && value < threshold;
  const cells: SuppressedCount[] = counts.map((value) => (isSmall(value) ? { shown: false, reason: "small" } : { shown: true, value }));
  const total = counts.reduce((sum, value) => sum + value, 0);
  const hiddenSum = () => counts.reduce((sum, value, index) => sum + (cells[index]?.shown === false ? value : 0), 0);
  const hiddenCount = () => cells.filter((cell) => !cell.shown).length;
  while (hiddenCount() > 0 && (hiddenCount() === 1 || hiddenSum() < threshold)) {
    let smallest = -1;
    counts.forEach((value, index) => {
      const current = counts[smallest];
      if (cells[index]?.shown && value > 0 && (smallest === -1 || current === undefined || value < current)) smallest = index;
    });
    if (smallest === -1) break;
    cells[smallest] = { shown: false, reason: "secondary" };
  }
  return { cells, total: isSmall(total) ? { shown: false, reason: "small" } : { shown: true, value: total } };
}

/** How a suppressed count reads on the page and in the CSV, so both say the same. */
export function describeCount(cell: SuppressedCount): string {
  if (cell.shown) return String(cell.value);
  return cell.reason === "small" ? `fewer than ${SMALL_NUMBER}` : "withheld";
}

/** The community's share of a whole project cost: contributions over public money plus contributions, 0–100. */
export function communitySharePercent(pledgedPence: number, publicPence: number): number {
  return percentOf(pledgedPence, publicPence + pledgedPence);
}

/** The median of some numbers, or null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

export function describeMedianDays(days: number | null): string {
  if (days === null) return "no responses yet";
  const rounded = Math.round(days * 10) / 10;
  return `${rounded} ${rounded === 1 ? "day" : "days"}`;
}

export interface RingFenceResult {
  label: string;
  budgetPence: number;
  spentPence: number;
  status: "met" | "partly met" | "not met";
  shortfallPence: number;
}

/**
 * Ring-fence stages from a stored outcome's details (`{ label: null | string, budget, spent }`, as
 * countAndStoreOutcome and the demo seed write them). The open stage (label null) is not a ring-fence;
 * "main" and the *Pence field names are read too, for demo databases seeded before the shapes agreed.
 */
export function ringFencesFromDetails(details: unknown): RingFenceResult[] {
  if (!isRecord(details) || !Array.isArray(details.stages)) return [];
  const results: RingFenceResult[] = [];
  for (const stage of details.stages) {
    if (!isRecord(stage) || typeof stage.label !== "string" || stage.label === "main") continue;
    const budgetPence = numberField(stage.budget) ?? numberField(stage.budgetPence) ?? 0;
    const spentPence = numberField(stage.spent) ?? numberField(stage.spentPence) ?? 0;
    results.push({
      label: stage.label,
      budgetPence,
      spentPence,
      status: spentPence >= budgetPence ? "met" : spentPence > 0 ? "partly met" : "not met",
      shortfallPence: Math.max(0, budgetPence - spentPence),
    });
  }
  return results;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function numberField(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** How often each pair of sectors works together, from counts of proposals per set of sectors. */
export function sectorPairs(combinations: readonly { sectors: readonly string[]; proposals: number }[]): { a: string; b: string; proposals: number }[] {
  const pairs = new Map<string, { a: string; b: string; proposals: number }>();
  for (const { sectors, proposals } of combinations) {
    const unique = [...new Set(sectors)].sort();
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        const a = unique[i] ?? "";
        const b = unique[j] ?? "";
        const key = `${a}|${b}`;
        const pair = pairs.get(key) ?? { a, b, proposals: 0 };
        pair.proposals += proposals;
        pairs.set(key, pair);
      }
    }
  }
  return [...pairs.values()].sort((x, y) => y.proposals - x.proposals || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/** Sums rows into groups by a key, keeping the first label seen: for budget by neighbourhood, theme or decile. */
export function sumBy<T>(rows: readonly T[], keyOf: (row: T) => string, valueOf: (row: T) => number): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(keyOf(row), (sums.get(keyOf(row)) ?? 0) + valueOf(row));
  return sums;
}
