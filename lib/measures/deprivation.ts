// One definition of "most deprived" for every measure, count and query: the SQL takes these
// deciles as parameters (db/queries/measures/aggregates.ts) rather than writing its own.

/** The most deprived fifth of neighbourhoods in England (IMD deciles 1–2) and the least (9–10). */
export const MOST_DEPRIVED_DECILES = [1, 2] as const;
export const LEAST_DEPRIVED_DECILES = [9, 10] as const;

/** The highest decile in the most deprived fifth: the default limit of a deprived-areas ring-fence. */
export const MOST_DEPRIVED_TOP_DECILE = Math.max(...MOST_DEPRIVED_DECILES);

/** True for a neighbourhood in the most deprived fifth in England (IMD deciles 1–2). */
export function isMostDeprived(imdDecile: number | null | undefined): boolean {
  return imdDecile !== null && imdDecile !== undefined && (MOST_DEPRIVED_DECILES as readonly number[]).includes(imdDecile);
}

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
